// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.sparqlui;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import be.slimcat.server.web.HtmlPage;
import be.slimcat.server.web.StaticResourceServlet;

/**
 * The SPARQL UI at {@value #PATH}: YASGUI, served by SlimCat from its WebJar, querying this server's
 * {@value #ENDPOINT} and offering the example queries. {@code /sparql-ui/?query=...} opens a tab with
 * that query and runs it. Nothing is fetched from elsewhere: prefix completion uses the prefixes of the
 * bundled vocabulary instead of prefix.cc, and the class and property completions (which ask LOV) are off.
 * <ul>
 * <li>{@code /sparql-ui/}: the page; {@code /sparql-ui} redirects to it;</li>
 * <li>{@code /sparql-ui/lib/*}: YASGUI's build ({@code yasgui.min.js}, {@code yasgui.min.css});</li>
 * <li>{@code /sparql-ui/assets/*}: SlimCat's script and style sheet for the page;</li>
 * <li>{@code /sparql-ui/examples.json}: the examples, {@code [{"name", "title", "query"}]};</li>
 * <li>{@code /sparql-ui/prefixes.json}: prefix to namespace, in prefix.cc's format.</li>
 * </ul>
 */
public final class SparqlUi {
    /** Where the page is. */
    public static final String PATH = "/sparql-ui/";
    /** The endpoint the page queries, relative to its origin. */
    public static final String ENDPOINT = "/sparql";

    /**
     * The hash of the one style element YASGUI writes itself: the fixed rules of the results table's
     * column resizer ({@code createStyle} in {@code yasgui.min.js}). A YASGUI upgrade that changes them
     * fails {@code SparqlUiTest}.
     */
    static final String COLUMN_RESIZER_STYLE_HASH = "'sha256-zCK2EVMoPc04mRF/g5CotUvxbJPWS+8V0b+s9ptqQIk='";

    /**
     * The page's Content-Security-Policy, the narrowest YASGUI works with: nothing by default; scripts,
     * style sheets, images and requests (the endpoint, the examples, the prefixes) only from this server;
     * no {@code 'unsafe-inline'} and no {@code 'unsafe-eval'} (YASGUI needs neither: it styles elements
     * through the DOM, which CSP allows), only the hash of the column resizer's style element; no
     * framing, no {@code <base>}, forms only to this server. A query typed against another endpoint is
     * refused by the browser ({@code connect-src 'self'}).
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; "
            + "style-src 'self' " + COLUMN_RESIZER_STYLE_HASH + "; img-src 'self'; connect-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private final Map<String, HttpServlet> servlets = new LinkedHashMap<>();

    /** The servlets of the SPARQL UI, writing the page with {@code page} and offering {@code examples}. */
    public SparqlUi(HtmlPage page, ExampleQueries examples) {
        servlets.put(PATH, new SparqlUiPage(page.withContentSecurityPolicy(CONTENT_SECURITY_POLICY)));
        servlets.put("/sparql-ui", new RedirectToPage());
        servlets.put(PATH + "lib/*", new StaticResourceServlet(YasguiWebJar.buildFolder()));
        servlets.put(PATH + "assets/*", new StaticResourceServlet("be/slimcat/server/sparqlui/assets"));
        servlets.put(PATH + "examples.json", new JsonDocumentServlet(examples.all()));
        servlets.put(PATH + "prefixes.json", new JsonDocumentServlet(VocabularyPrefixes.declared()));
    }

    /** The servlets by path spec (servlet-mapping syntax). */
    public Map<String, HttpServlet> servlets() {
        return servlets;
    }

    /** {@code /sparql-ui} to {@code /sparql-ui/}, keeping the query string. */
    private static final class RedirectToPage extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String query = request.getQueryString();
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", query == null ? PATH : PATH + "?" + query);
        }
    }
}
