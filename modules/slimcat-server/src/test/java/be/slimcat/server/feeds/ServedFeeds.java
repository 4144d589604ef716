// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.feeds;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

import be.slimcat.server.CatalogueServer;
import be.slimcat.store.CatalogueStore;
import be.slimcat.store.StoreUnderTest;
import be.slimcat.store.SampleData;
import be.slimcat.vocab.RdfReader;
import be.slimcat.vocab.SlimcatIris;

/**
 * A real TDB2 store with the sample data and three harvested source graphs (the test fixtures of
 * slimcat-store, {@code modules/slimcat-store/src/test/resources/catalog/}: gent with 2 datasets and 1
 * data service, antwerpen with 2 datasets, leuven with 1 dataset, and a harvest log), served by a real
 * server on a free loopback port.
 */
final class ServedFeeds implements AutoCloseable {
    final CatalogueStore store;
    final CatalogueServer server;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private ServedFeeds(CatalogueStore store, CatalogueServer server) {
        this.store = store;
        this.server = server;
    }

    static ServedFeeds start(Path dir) {
        SlimcatIris iris = SlimcatIris.defaults();
        CatalogueStore store = StoreUnderTest.open(dir);
        new SampleData(iris).loadInto(store);
        Path fixtures = Path.of(System.getProperty("slimcat.repository", "../.."))
                .resolve("modules/slimcat-store/src/test/resources/catalog");
        load(store, iris, iris.sourceGraph("gent"), fixtures.resolve("source-gent.ttl"));
        load(store, iris, iris.sourceGraph("antwerpen"), fixtures.resolve("source-antwerpen.ttl"));
        load(store, iris, iris.sourceGraph("leuven"), fixtures.resolve("source-leuven.ttl"));
        load(store, iris, iris.graph("harvest-log"), fixtures.resolve("harvest-log.ttl"));
        CatalogueServer server = CatalogueServer.builder(store).port(0).loopbackOnly(true).build().start();
        return new ServedFeeds(store, server);
    }

    private static void load(CatalogueStore store, SlimcatIris iris, Node graph, Path file) {
        store.replaceGraph(graph, new RdfReader(iris).read(file, Lang.TURTLE).graph());
    }

    String url(String path) {
        return path.startsWith("http") ? path : "http://localhost:" + server.port() + path;
    }

    HttpResponse<byte[]> send(String method, String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        return send("GET", path, headers);
    }

    /** GETs the path and parses the answer in the syntax of its content type. */
    Graph graph(String path, String... headers) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = get(path, headers);
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " gave " + response.statusCode() + ": " + new String(response.body()));
        }
        return parse(response);
    }

    static Graph parse(HttpResponse<byte[]> response) {
        String contentType = response.headers().firstValue("Content-Type").orElseThrow().split(";")[0].trim();
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(response.body())).lang(org.apache.jena.riot.RDFLanguages.contentTypeToLang(contentType))
                .parse(g);
        return g;
    }

    static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElseThrow().split(";")[0].trim();
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
