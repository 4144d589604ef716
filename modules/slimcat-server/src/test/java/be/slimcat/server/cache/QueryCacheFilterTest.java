// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.slimcat.server.CatalogueServer;
import be.slimcat.store.CatalogueStore;
import be.slimcat.store.StoreUnderTest;

/** The answer cache in front of a real Fuseki over a real TDB2 store. */
class QueryCacheFilterTest {
    private static final String GRAPH = "https://data.slimcat.be/graph/test";
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s <http://purl.org/dc/terms/identifier> ?id }";
    private static final String JSON = "application/sparql-results+json";

    @TempDir Path dir;
    private CatalogueStore store;
    private CatalogueServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    private void start(long cacheBytes, int identifiers) {
        store = StoreUnderTest.open(dir);
        fill(identifiers);
        server = CatalogueServer.builder(store).queryCache(cacheBytes).port(0).loopbackOnly(true).build().start();
    }

    private void fill(int identifiers) {
        StringBuilder ttl = new StringBuilder();
        for (int i = 0; i < identifiers; i++) {
            ttl.append("<http://example.org/d").append(i).append("> <http://purl.org/dc/terms/identifier> '").append(i).append("' .\n");
        }
        store.replaceGraph(NodeFactory.createURI(GRAPH), RDFParser.fromString(ttl.toString(), Lang.TURTLE).toGraph());
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    private HttpRequest.Builder request(String query) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", JSON);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cacheStatus(HttpResponse<?> response) {
        return response.headers().firstValue("Cache-Status").orElse("(none)");
    }

    private static String count(HttpResponse<String> response) {
        return org.apache.jena.atlas.json.JSON.parse(response.body()).getObj("results").get("bindings").getAsArray()
                .get(0).getAsObject().getObj("n").getString("value");
    }

    @Test
    void theSameQueryOnTheSameDataIsAnsweredFromTheCacheWithTheSameBodyAndHeaders() throws Exception {
        start(1 << 20, 3);
        HttpResponse<String> first = send(request(COUNT));
        HttpResponse<String> second = send(request(COUNT));
        assertEquals(200, first.statusCode());
        assertEquals("SlimCat; fwd=miss", cacheStatus(first));
        assertEquals("SlimCat; hit", cacheStatus(second));
        assertEquals(200, second.statusCode());
        assertEquals("3", count(first));
        assertEquals(first.body(), second.body());
        assertEquals(first.headers().firstValue("Content-Type"), second.headers().firstValue("Content-Type"));
        assertEquals(first.headers().firstValue("ETag"), second.headers().firstValue("ETag"));
    }

    @Test
    void aCommittedChangeOfTheDataIsSeenAtOnceWithANewEtag() throws Exception {
        start(1 << 20, 3);
        HttpResponse<String> before = send(request(COUNT));
        send(request(COUNT));
        fill(5);
        HttpResponse<String> after = send(request(COUNT));
        assertEquals("SlimCat; fwd=miss", cacheStatus(after));
        assertEquals("5", count(after));
        assertNotEquals(before.headers().firstValue("ETag"), after.headers().firstValue("ETag"));
    }

    @Test
    void aGetWithTheCurrentEtagGets304AndWithAnOlderOneTheNewAnswer() throws Exception {
        start(1 << 20, 3);
        String etag = send(request(COUNT)).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> unchanged = send(request(COUNT).header("If-None-Match", etag));
        assertEquals(304, unchanged.statusCode());
        assertEquals("", unchanged.body());
        fill(4);
        HttpResponse<String> changed = send(request(COUNT).header("If-None-Match", etag));
        assertEquals(200, changed.statusCode());
        assertEquals("4", count(changed));
    }

    @Test
    void postedQueriesAreKeptToo() throws Exception {
        start(1 << 20, 3);
        URI endpoint = URI.create("http://localhost:" + server.port() + "/sparql");
        HttpRequest.Builder body = HttpRequest.newBuilder(endpoint).header("Accept", JSON)
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(COUNT));
        HttpRequest.Builder form = HttpRequest.newBuilder(endpoint).header("Accept", JSON)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(COUNT, StandardCharsets.UTF_8)));
        assertEquals("SlimCat; fwd=miss", cacheStatus(send(body)));
        HttpResponse<String> again = send(body);
        assertEquals("SlimCat; hit", cacheStatus(again));
        assertEquals("3", count(again));
        assertEquals("SlimCat; hit", cacheStatus(send(form)), "a form post asks the same as a body post");
        assertEquals("SlimCat; hit", cacheStatus(send(request(COUNT))), "and so does a GET");
    }

    @Test
    void eachResultFormatIsKeptApart() throws Exception {
        start(1 << 20, 3);
        send(request(COUNT));
        HttpResponse<String> xml = send(request(COUNT).setHeader("Accept", "application/sparql-results+xml"));
        assertEquals("SlimCat; fwd=miss", cacheStatus(xml));
        HttpResponse<String> xmlAgain = send(request(COUNT).setHeader("Accept", "application/sparql-results+xml"));
        assertEquals("SlimCat; hit", cacheStatus(xmlAgain));
        assertTrue(xmlAgain.headers().firstValue("Content-Type").orElseThrow().startsWith("application/sparql-results+xml"));
        assertTrue(xmlAgain.body().contains("<literal datatype=\"http://www.w3.org/2001/XMLSchema#integer\">3</literal>"));
    }

    @Test
    void queriesWhoseAnswerChangesFromRunToRunAreAlwaysRun() throws Exception {
        start(1 << 20, 3);
        String now = "SELECT (NOW() AS ?t) {}";
        send(request(now));
        assertEquals("SlimCat; fwd=bypass", cacheStatus(send(request(now))));
    }

    @Test
    void noCacheRunsTheQueryAndAFailedQueryIsNotKept() throws Exception {
        start(1 << 20, 3);
        send(request(COUNT));
        assertEquals("SlimCat; fwd=request", cacheStatus(send(request(COUNT).header("Cache-Control", "no-cache"))));
        HttpResponse<String> bad = send(request("SELECT ?x WHERE { ?x"));
        assertEquals(400, bad.statusCode());
        assertEquals(400, send(request("SELECT ?x WHERE { ?x")).statusCode());
    }

    @Test
    void anAnswerLargerThanAnEighthOfTheBudgetIsNotKept() throws Exception {
        start(8 * 1024, 200);
        String all = "SELECT ?s ?id WHERE { ?s <http://purl.org/dc/terms/identifier> ?id }";
        HttpResponse<String> first = send(request(all));
        assertTrue(first.body().length() > 1024, "the answer is larger than 1 KiB: " + first.body().length());
        assertEquals("SlimCat; fwd=miss", cacheStatus(send(request(all))));
        send(request(COUNT));
        assertEquals("SlimCat; hit", cacheStatus(send(request(COUNT))));
    }

    @Test
    void withoutABudgetNothingIsKept() throws Exception {
        start(0, 3);
        send(request(COUNT));
        HttpResponse<String> second = send(request(COUNT));
        assertEquals("(none)", cacheStatus(second));
        assertFalse(second.headers().firstValue("ETag").isPresent());
    }
}
