// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.sparqlui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import be.slimcat.store.queries.QueryLibrary;
import be.slimcat.vocab.SlimcatIris;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import be.slimcat.server.browser.SampleSite;

/** What the server sends for the SPARQL UI, over HTTP; the browser tests are in {@link SparqlUiBrowserIT}. */
class SparqlUiTest {
    @TempDir static Path dir;
    static SampleSite site;

    @BeforeAll
    static void start() {
        site = SampleSite.start(dir);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void thePageLoadsYasguiAndOurScriptFromThisServerOnlyWithItsOwnPolicy() throws Exception {
        HttpResponse<String> page = site.get("/sparql-ui/", "Accept-Language", "nl");
        assertEquals(200, page.statusCode());
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertEquals("default-src 'none'; script-src 'self'; style-src 'self' "
                + "'sha256-zCK2EVMoPc04mRF/g5CotUvxbJPWS+8V0b+s9ptqQIk='; img-src 'self'; connect-src 'self'; "
                + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'", policy);
        String html = page.body();
        assertTrue(html.contains("<h1>SPARQL-editor</h1>"), html);
        assertTrue(html.contains("<script defer src=\"/sparql-ui/lib/yasgui.min.js\"></script>"), html);
        assertTrue(html.contains("<script defer src=\"/sparql-ui/assets/sparql-ui.js\"></script>"), html);
        assertTrue(html.contains("data-endpoint=\"/sparql\""), html);
        assertEquals(2, count(html, "<script"), "no inline script");
        assertFalse(html.contains("http://") || html.contains("https://"), "no absolute link out: " + html);

        HttpResponse<String> english = site.get("/sparql-ui/?lang=en");
        assertTrue(english.body().contains("<h1>SPARQL editor</h1>"), english.body());
    }

    @Test
    void withoutTheSlashTheAddressRedirectsKeepingTheQuery() throws Exception {
        HttpResponse<String> bare = site.get("/sparql-ui");
        assertEquals(301, bare.statusCode());
        assertEquals("/sparql-ui/", bare.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> withQuery = site.get("/sparql-ui?query=ASK%7B%7D");
        assertEquals("/sparql-ui/?query=ASK%7B%7D", withQuery.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void yasguiIsServedFromTheWebJar() throws Exception {
        HttpResponse<String> script = site.get("/sparql-ui/lib/yasgui.min.js");
        assertEquals(200, script.statusCode());
        assertEquals("text/javascript;charset=utf-8", contentType(script));
        assertTrue(script.body().contains("prefixCcApi"));
        HttpResponse<String> css = site.get("/sparql-ui/lib/yasgui.min.css");
        assertEquals("text/css;charset=utf-8", contentType(css));
        assertEquals(200, site.get("/sparql-ui/assets/sparql-ui.js").statusCode());
        assertEquals(404, site.get("/sparql-ui/lib/../../yasgui.html").statusCode());
        assertEquals(404, site.get("/sparql-ui/lib/no-such.js").statusCode());
    }

    @Test
    void theExamplesAreTheBundledQueriesAsJson() throws Exception {
        HttpResponse<String> response = site.get("/sparql-ui/examples.json");
        assertEquals("application/json;charset=utf-8", contentType(response));
        JsonArray examples = JsonParser.parseString(response.body()).getAsJsonArray();
        List<ExampleQuery> bundled = new LibraryExampleQueries(QueryLibrary.bundled(), SlimcatIris.defaults()).all();
        assertEquals(bundled.size(), examples.size());
        JsonObject uia = null;
        for (JsonElement element : examples) {
            if (element.getAsJsonObject().get("name").getAsString().equals("urban-innovative-actions")) {
                uia = element.getAsJsonObject();
            }
        }
        assertEquals("Conditions of a funding instrument", uia.get("title").getAsString());
        assertTrue(uia.get("query").getAsString().contains("<https://data.slimcat.be/id/instrument/urban-innovative-actions>"));
    }

    @Test
    void thePrefixesAreThoseOfTheBundledVocabulary() throws Exception {
        JsonObject prefixes = JsonParser.parseString(site.get("/sparql-ui/prefixes.json").body()).getAsJsonObject();
        assertEquals("https://data.slimcat.be/ns/slimcat#", prefixes.get("sc").getAsString());
        assertEquals("http://www.w3.org/ns/dcat#", prefixes.get("dcat").getAsString());
        assertEquals("http://purl.org/dc/terms/", prefixes.get("dct").getAsString());
        assertEquals("http://publications.europa.eu/resource/authority/licence/", prefixes.get("licence").getAsString());
    }

    /** If a YASGUI upgrade changes the style element it writes, its hash in the policy must change too. */
    @Test
    void thePolicyAllowsExactlyTheStyleElementYasguiWrites() throws Exception {
        String script;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(YasguiWebJar.buildFolder() + "/yasgui.min.js")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher call = Pattern.compile("createStyle\\(\\w+,(\" \\.grip-resizable\\{(?:[^\"\\\\]|\\\\.)*\")\\)").matcher(script);
        assertTrue(call.find(), "yasgui.min.js no longer writes the column resizer's style element as it did");
        String css = JsonParser.parseString(call.group(1)).getAsString();
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8));
        assertEquals("'sha256-" + Base64.getEncoder().encodeToString(digest) + "'", SparqlUi.COLUMN_RESIZER_STYLE_HASH);
        assertFalse(call.find(), "one style element only");
    }

    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElseThrow().toLowerCase().replace(" ", "");
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
