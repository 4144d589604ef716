// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.slimcat.store.queries.LibraryQuery;
import be.slimcat.store.queries.QueryLibrary;
import be.slimcat.vocab.SlimcatIris;
import be.slimcat.server.browser.SampleSite;

/** The questions page over the sample data: the list with forms, a run with its rows and SPARQL, errors. */
class QuestionsPageTest {
    private static final String EUROPEAN = "https://data.slimcat.be/id/concept/beleidsniveau/europees";
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
    void theListHasEveryQueryWithAFormOfItsParametersInDutch() throws Exception {
        HttpResponse<String> list = site.get("/vragen");
        assertEquals(200, list.statusCode());
        assertEquals("nl", list.headers().firstValue("Content-Language").orElseThrow());
        String body = list.body();
        for (LibraryQuery q : QueryLibrary.bundled().list()) {
            assertTrue(body.contains("<h2 id=\"" + q.name() + "-title\"><a href=\"/vragen/" + q.name() + "\">"), q.name());
        }
        assertTrue(body.contains("<a href=\"/vragen/funding-for-a-pilot\">Financiering voor een pilootproject</a>"), body);
        assertTrue(body.contains("<form class=\"question\" action=\"/vragen/funding-for-a-pilot\" method=\"get\">"), body);
        assertTrue(body.contains("<label for=\"funding-for-a-pilot-policyLevel\">Beleidsniveau van het instrument</label>"), body);
        assertTrue(body.contains("<option value=\"https://data.slimcat.be/id/concept/beleidsniveau/vlaams\" selected>Vlaams</option>"), body);
        assertTrue(body.contains("<option value=\"" + EUROPEAN + "\">Europees</option>"), body);
        assertTrue(body.contains("<input id=\"datasets-changed-since-since\" name=\"since\" type=\"date\" value=\"2026-11-21\">"), body);
        assertTrue(body.contains("Beantwoordt vraag (seeds-digest §5): 20</p>"), body);
    }

    @Test
    void theListIsInEnglishOnRequest() throws Exception {
        HttpResponse<String> list = site.get("/vragen?lang=en");
        assertEquals("en", list.headers().firstValue("Content-Language").orElseThrow());
        assertTrue(list.body().contains("<a href=\"/vragen/funding-for-a-pilot\">Funding for a pilot project</a>"), list.body());
        assertTrue(list.body().contains("<option value=\"" + EUROPEAN + "\">European</option>"), list.body());
    }

    @Test
    void aRunShowsTheRowsAsLinksAndTheSparqlThatGivesThem() throws Exception {
        HttpResponse<String> run = site.get("/vragen/funding-for-a-pilot?policyLevel=" + EUROPEAN);
        assertEquals(200, run.statusCode());
        String body = run.body();
        assertTrue(body.contains("<h2 id=\"results\">Resultaten (3)</h2>"), body);
        assertTrue(body.contains("<td><a href=\"/id/instrument/european-capital-of-innovation\">"
                + "https://data.slimcat.be/id/instrument/european-capital-of-innovation</a></td><td>European Capital of Innovation (iCapital)</td>"), body);
        assertTrue(body.contains("<td>Digital Cities Challenge</td>"), body);
        assertTrue(body.contains("<td>Smarter Together Club of Cities</td>"), body);
        assertTrue(body.contains("<option value=\"" + EUROPEAN + "\" selected>Europees</option>"), body);

        String expected = QueryLibrary.bundled().get("funding-for-a-pilot")
                .bind(Map.of("policyLevel", EUROPEAN), SlimcatIris.defaults()).text();
        Matcher link = Pattern.compile("<a class=\"button\" href=\"/sparql-ui/\\?query=([^\"]*)\">Open in de SPARQL-editor</a>").matcher(body);
        assertTrue(link.find(), body);
        String text = URLDecoder.decode(link.group(1), StandardCharsets.UTF_8);
        assertEquals(expected, text);
        assertTrue(Pattern.compile("sc:policyLevel\\s+<" + EUROPEAN + ">").matcher(text).find(), text);

        HttpResponse<String> sparql = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(site.url("/sparql")))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(text)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, sparql.statusCode(), sparql.body());
        assertEquals(3, JSON.parse(sparql.body()).get("results").getAsObject().get("bindings").getAsArray().size());
    }

    @Test
    void aBadValueGivesTheFormAgainWithTheErrorAndStatus400() throws Exception {
        HttpResponse<String> bad = site.get("/vragen/datasets-changed-since?since=gisteren&lang=en");
        assertEquals(400, bad.statusCode());
        String body = bad.body();
        assertTrue(body.contains("<p class=\"error\" role=\"alert\"><strong>This value does not fit:</strong> Parameter &#39;since&#39;"
                + " of query &#39;datasets-changed-since&#39; has the value &#39;gisteren&#39;, which is not a date as YYYY-MM-DD,"
                + " e.g. 2026-11-21</p>"), body);
        assertTrue(body.contains("<input id=\"datasets-changed-since-since\" name=\"since\" type=\"date\" value=\"gisteren\">"), body);
        assertTrue(!body.contains("id=\"results\""), body);

        HttpResponse<String> unknown = site.get("/vragen/datasets-changed-since?until=2026-01-01");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("has no parameter &#39;until&#39;"), unknown.body());
    }

    @Test
    void anUnknownQueryIsNotFound() throws Exception {
        assertEquals(404, site.get("/vragen/no-such-question").statusCode());
    }
}
