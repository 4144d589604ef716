// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.slimcat.store.CatalogueStore;
import be.slimcat.store.StoreUnderTest;

/** A real Fuseki on a random port over a real TDB2 store, queried over HTTP. */
class CatalogueServerTest {
    private static final String PASSWORD = "s3cret-for-tests";
    private static final String GRAPH = "https://data.slimcat.be/graph/test";

    @TempDir Path dir;
    private CatalogueStore store;
    private CatalogueServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void openStore() {
        store = StoreUnderTest.open(dir);
        StringBuilder ttl = new StringBuilder("@prefix dct: <http://purl.org/dc/terms/> .\n");
        ttl.append("<http://example.org/park> dct:title 'Parkeerbezetting Gent'@nl .\n");
        for (int i = 0; i < 300; i++) {
            ttl.append("<http://example.org/d").append(i).append("> dct:identifier '").append(i).append("' .\n");
        }
        Graph g = RDFParser.fromString(ttl.toString(), Lang.TURTLE).toGraph();
        store.replaceGraph(NodeFactory.createURI(GRAPH), g);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
        store.close();
    }

    private CatalogueServer start(CatalogueServer.Builder builder) {
        server = builder.port(0).loopbackOnly(true).build().start();
        return server;
    }

    private String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> query(String sparql) throws IOException, InterruptedException {
        return get("/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8), "application/sparql-results+json");
    }

    private HttpResponse<String> update(String sparqlUpdate, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url("/update")))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(sparqlUpdate));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static long count(HttpResponse<String> response) {
        JsonObject json = JSON.parse(response.body());
        return json.get("results").getAsObject().get("bindings").getAsArray().size();
    }

    @Test
    void sparql_answers_get_and_post_with_json_results() throws Exception {
        start(CatalogueServer.builder(store));
        HttpResponse<String> response = query("SELECT ?t { <http://example.org/park> <http://purl.org/dc/terms/title> ?t }");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        assertTrue(response.body().contains("Parkeerbezetting Gent"), response.body());

        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(url("/sparql")))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, posted.statusCode());
        assertEquals("n\r\n301\r\n", posted.body());
    }

    @Test
    void text_search_works_over_http() throws Exception {
        start(CatalogueServer.builder(store));
        HttpResponse<String> response = query(
                "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query 'parkeerbezetting' }");
        assertEquals(200, response.statusCode());
        assertEquals(1, count(response));
        assertTrue(response.body().contains("http://example.org/park"));
    }

    @Test
    void results_are_capped() throws Exception {
        start(CatalogueServer.builder(store).resultLimit(25));
        assertEquals(25, count(query("SELECT ?s { ?s ?p ?o }")));
        assertEquals(10, count(query("SELECT ?s { ?s ?p ?o } LIMIT 10")));
    }

    @Test
    void expensive_query_is_stopped_by_the_timeout() throws Exception {
        start(CatalogueServer.builder(store).queryTimeout(Duration.ofMillis(500)));
        HttpResponse<String> response = query(
                "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }");
        assertEquals(503, response.statusCode(), response.body());
    }

    @Test
    void the_endpoint_timeout_binds_the_endpoint_only_not_the_servers_own_queries() throws Exception {
        store.addToGraph(NodeFactory.createURI(GRAPH), RDFParser.fromString(
                "<http://example.org/park> a <http://www.w3.org/ns/dcat#Dataset> .", Lang.TURTLE).toGraph());
        start(CatalogueServer.builder(store).queryTimeout(Duration.ofMillis(1)));
        assertEquals(503, query("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }").statusCode());
        HttpResponse<String> search = get("/zoeken?q=parkeerbezetting", "text/html");
        assertEquals(200, search.statusCode(), "the search index is built by the server's own queries");
        assertTrue(search.body().contains("Parkeerbezetting Gent"), search.body());
        assertEquals(200, get("/", "text/html").statusCode());
    }

    @Test
    void updates_do_not_exist_without_an_admin_password() throws Exception {
        start(CatalogueServer.builder(store));
        assertEquals(404, update("INSERT DATA { GRAPH <urn:g> { <http://example.org/x> <http://example.org/p> 1 } }", null).statusCode());
        assertEquals(404, update("INSERT DATA { GRAPH <urn:g> { <http://example.org/x> <http://example.org/p> 1 } }",
                basic("admin", PASSWORD)).statusCode());
    }

    @Test
    void updates_need_the_admin_credentials() throws Exception {
        start(CatalogueServer.builder(store).adminPassword(PASSWORD));
        String insert = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/x> <http://example.org/p> 1 } }";
        HttpResponse<String> anonymous = update(insert, null);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(401, update(insert, basic("admin", "wrong")).statusCode());
        assertEquals(0, count(query("SELECT * { <http://example.org/x> ?p ?o }")));

        HttpResponse<String> accepted = update(insert, basic("admin", PASSWORD));
        assertEquals(204, accepted.statusCode(), accepted.body());
        assertEquals(1, count(query("SELECT * { <http://example.org/x> ?p ?o }")));
    }

    @Test
    void graph_store_protocol_reads_a_graph() throws Exception {
        start(CatalogueServer.builder(store));
        HttpResponse<String> response = get("/data?graph=" + URLEncoder.encode(GRAPH, StandardCharsets.UTF_8), "application/n-triples");
        assertEquals(200, response.statusCode());
        assertEquals(301, response.body().lines().count());
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(url("/data?default")))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<http://e.org/a> <http://e.org/b> 1 .")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, put.statusCode());
    }

    @Test
    void federated_service_calls_are_refused_by_default() throws Exception {
        start(CatalogueServer.builder(store));
        HttpResponse<String> response = query("SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }");
        assertTrue(response.statusCode() >= 400, "status " + response.statusCode());
    }

    @Test
    void health_reports_the_store() throws Exception {
        start(CatalogueServer.builder(store));
        HttpResponse<String> response = get("/health", "application/json");
        assertEquals(200, response.statusCode());
        JsonObject json = JSON.parse(response.body());
        assertEquals("ok", json.get("status").getAsString().value());
        assertEquals(301, json.get("triples").getAsNumber().value().longValue());
    }

    @Test
    void cors_lets_browser_clients_query() throws Exception {
        start(CatalogueServer.builder(store));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("/sparql?query=ASK%7B%7D")))
                .header("Origin", "http://localhost:8080").header("Accept", "application/sparql-results+json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertEquals("http://localhost:8080", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    @Test
    void a_port_in_use_is_reported_clearly() {
        start(CatalogueServer.builder(store));
        ServerStartException e = org.junit.jupiter.api.Assertions.assertThrows(ServerStartException.class,
                () -> CatalogueServer.builder(store).port(server.port()).build().start());
        assertTrue(e.getMessage().contains("in use"), e.getMessage());
    }
}
