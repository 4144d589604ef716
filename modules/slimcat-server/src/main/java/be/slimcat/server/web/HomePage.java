// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.ResourceFactory;

import be.slimcat.vocab.BundledQuery;
import be.slimcat.vocab.SlimcatIris;

/**
 * {@code GET /}: what the catalogue holds (per type, per domain, per source) and a search box. A filter,
 * because the SPARQL endpoint's dataset is also at {@code /}: requests to {@code /} with a {@code query}
 * or {@code update} parameter, and all other methods, go on to it.
 */
final class HomePage implements Filter {
    private static final Query TYPES = BundledQuery.load(HomePage.class, "queries/home-types.rq");
    private static final Query DOMAINS = BundledQuery.load(HomePage.class, "queries/home-domains.rq");
    private static final Query SOURCES = BundledQuery.load(HomePage.class, "queries/home-sources.rq");

    private final StoreQueries queries;
    private final HtmlPage page;
    private final SlimcatIris iris;

    HomePage(StoreQueries queries, HtmlPage page, SlimcatIris iris) {
        this.queries = queries;
        this.page = page;
        this.iris = iris;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        boolean home = "/".equals(request.getRequestURI())
                && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && request.getParameter("query") == null && request.getParameter("update") == null;
        if (home) {
            send(request, response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String language = PageLanguage.choose(request, response).getLanguage();
        var lang = NodeFactory.createLiteralString(language);
        List<Map<String, String>> types = queries.select(TYPES, Map.of());
        types.forEach(row -> row.put("key", ResourceFactory.createResource(row.get("type")).getLocalName()));
        page.send(request, response, "home", Map.of(
                "types", types,
                "domains", queries.select(DOMAINS, Map.of("scheme", NodeFactory.createURI(iris.base()
                        + "/id/conceptscheme/domein"), "language", lang)),
                "sources", queries.select(SOURCES, Map.of("graphPrefix",
                        NodeFactory.createLiteralString(iris.sourceGraphPrefix()),
                        "language", lang))));
    }
}
