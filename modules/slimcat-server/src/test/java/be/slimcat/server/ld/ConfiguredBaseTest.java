// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.slimcat.server.CatalogueServer;
import be.slimcat.store.CatalogueStore;
import be.slimcat.store.StoreUnderTest;
import be.slimcat.store.SampleData;
import be.slimcat.vocab.SlimcatIris;

/** With another base, the same paths describe the rebased IRIs and pages link them locally. */
class ConfiguredBaseTest {
    @TempDir Path dir;

    @Test
    void pathsResolveTheIrisOfTheConfiguredBase() throws Exception {
        SlimcatIris iris = SlimcatIris.withBase("https://data.example.org");
        try (CatalogueStore store = StoreUnderTest.open(dir)) {
            new SampleData(iris).loadInto(store);
            CatalogueServer server = CatalogueServer.builder(store).port(0).loopbackOnly(true).iris(iris).build().start();
            try {
                HttpClient http = HttpClient.newHttpClient();
                String root = "http://localhost:" + server.port();
                HttpResponse<String> nt = http.send(HttpRequest.newBuilder(URI.create(root
                        + "/doc/instrument/digital-cities-challenge?format=nt")).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, nt.statusCode());
                Graph g = GraphFactory.createDefaultGraph();
                RDFParser.fromString(nt.body(), Lang.NTRIPLES).parse(g);
                assertTrue(g.contains(Triple.create(NodeFactory.createURI("https://data.example.org/id/instrument/digital-cities-challenge"),
                        NodeFactory.createURI("https://data.slimcat.be/ns/slimcat#offeredBy"),
                        NodeFactory.createURI("https://data.example.org/id/organisatie/europese-commissie"))), nt.body());

                HttpResponse<String> html = http.send(HttpRequest.newBuilder(URI.create(root
                        + "/doc/instrument/digital-cities-challenge")).build(), HttpResponse.BodyHandlers.ofString());
                assertTrue(html.body().contains("<dd><a href=\"/id/organisatie/europese-commissie\">Europese Commissie</a></dd>"),
                        html.body());
                assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(root + "/ns/slimcat?format=ttl")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode());
            } finally {
                server.stop();
            }
        }
    }
}
