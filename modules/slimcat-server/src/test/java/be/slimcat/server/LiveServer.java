// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server;

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
import java.util.function.UnaryOperator;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

import be.slimcat.store.CatalogueStore;
import be.slimcat.store.StoreUnderTest;

/**
 * Test fixture: a real TDB2 store in a directory and a real server on a free loopback port, with the HTTP
 * calls the hardening tests make. Close it to stop both.
 */
public final class LiveServer implements AutoCloseable {
    /** The predicate of the chain and cycle graphs. */
    public static final String P = "http://example.org/p";

    private final CatalogueStore store;
    private final CatalogueServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private LiveServer(CatalogueStore store, CatalogueServer server) {
        this.store = store;
        this.server = server;
    }

    /** Opens a store in {@code dir}, loads {@code turtle} into {@code graph}, and starts a configured server. */
    public static LiveServer start(Path dir, String graph, String turtle, UnaryOperator<CatalogueServer.Builder> settings) {
        CatalogueStore store = StoreUnderTest.open(dir);
        try {
            if (turtle != null) {
                Graph g = RDFParser.fromString(turtle, Lang.TURTLE).toGraph();
                store.replaceGraph(NodeFactory.createURI(graph), g);
            }
            CatalogueServer server = settings.apply(CatalogueServer.builder(store).port(0).loopbackOnly(true)).build().start();
            return new LiveServer(store, server);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Turtle for a cycle n0 -p-> n1 -p-> ... -p-> n(size-1) -p-> n0. */
    public static String cycle(int size) {
        StringBuilder ttl = new StringBuilder();
        for (int i = 0; i < size; i++) {
            ttl.append("<http://example.org/n").append(i).append("> <").append(P).append("> <http://example.org/n")
                    .append((i + 1) % size).append("> .\n");
        }
        return ttl.toString();
    }

    public CatalogueStore store() {
        return store;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    /** Sends a request; the answer's body as a string. */
    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET of a path with an Accept header. */
    public HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", accept));
    }

    /** A query by GET to /sparql, answers in SPARQL JSON (or Turtle for graphs). */
    public HttpResponse<String> query(String sparql) throws IOException, InterruptedException {
        return get("/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8),
                "application/sparql-results+json, text/turtle;q=0.9");
    }

    /** A query POSTed as application/sparql-query. */
    public HttpResponse<String> postQuery(String sparql) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url("/sparql")))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(sparql)));
    }

    /** The number of rows of a SPARQL JSON answer. */
    public static int rows(HttpResponse<String> response) {
        JsonObject json = JSON.parse(response.body());
        return json.get("results").getAsObject().get("bindings").getAsArray().size();
    }

    /** The single value of the single variable of a one-row SPARQL JSON answer. */
    public static String value(HttpResponse<String> response, String variable) {
        JsonObject json = JSON.parse(response.body());
        return json.get("results").getAsObject().get("bindings").getAsArray().get(0).getAsObject()
                .get(variable).getAsObject().get("value").getAsString().value();
    }

    /** The number of triples in the store, counted directly (not over HTTP). */
    public long triples() {
        return store.read(dsg -> {
            long n = 0;
            for (var it = dsg.find(); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
    }

    /** An HTTP Basic Authorization header value. */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            store.close();
        }
    }
}
