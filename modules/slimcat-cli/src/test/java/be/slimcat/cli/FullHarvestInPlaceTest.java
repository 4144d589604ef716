// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import be.slimcat.harvest.CatalogRecords;
import be.slimcat.store.CatalogueStore;
import be.slimcat.store.StoreUnderTest;
import be.slimcat.vocab.PROV;
import be.slimcat.vocab.SlimcatIris;

/**
 * Two nights of {@code slimcat harvest} of a DCAT feed into a real TDB2 store with its text index: the
 * second, complete run is applied in place and ends as replacing the graph would, text index included.
 */
class FullHarvestInPlaceTest {
    private static final SlimcatIris IRIS = SlimcatIris.defaults();
    private static final Node GRAPH = IRIS.sourceGraph("inplace");

    @TempDir Path dir;
    private HttpServer server;
    private final AtomicInteger night = new AtomicInteger(1);

    /** Datasets 0 to 9 the first night; the second, 3 has a new title, 7 is gone and 10 is new. */
    private byte[] feed() {
        StringBuilder ttl = new StringBuilder("@prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .\n"
                + "@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n"
                + "<https://data.voorbeeld.be/org/stad> a foaf:Agent ; foaf:name \"Stad Voorbeeld\"@nl .\n");
        for (int i = 0; i <= 10; i++) {
            if (night.get() == 1 && i == 10 || night.get() == 2 && i == 7) {
                continue;
            }
            String title = i == 3 ? (night.get() == 1 ? "Parkeertellingen oorspronkelijk" : "Parkeertellingen herzien")
                    : i == 7 ? "Rioolkaart verdwijnt" : "Dataset " + i;
            ttl.append("<https://data.voorbeeld.be/dataset/d").append(i).append("> a dcat:Dataset ; dct:identifier \"d").append(i)
                    .append("\" ; dct:title \"").append(title).append("\"@nl ; dct:publisher <https://data.voorbeeld.be/org/stad> ;")
                    .append(" dcat:distribution <https://data.voorbeeld.be/distribution/d").append(i).append("> .\n")
                    .append("<https://data.voorbeeld.be/distribution/d").append(i).append("> a dcat:Distribution ;")
                    .append(" dcat:accessURL <https://data.voorbeeld.be/files/d").append(i).append(".csv> .\n");
        }
        return ttl.toString().getBytes(StandardCharsets.UTF_8);
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/catalog.ttl", ex -> {
            byte[] body = feed();
            ex.getResponseHeaders().set("Content-Type", "text/turtle");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private Cli harvest(Path store) {
        return Cli.run("harvest", "--store", store.toString(), "--url",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/catalog.ttl", "--dialect", "dcat", "--id", "inplace",
                "--allow-host", "127.0.0.1");
    }

    private static Graph sourceGraph(Path store) {
        try (CatalogueStore opened = StoreUnderTest.open(store)) {
            return opened.read(dsg -> {
                Graph copy = GraphFactory.createDefaultGraph();
                dsg.getGraph(GRAPH).find().forEachRemaining(copy::add);
                return copy;
            });
        }
    }

    /** The graph without the dct:modified, prov:generatedAtTime and prov:wasGeneratedBy of its catalogue records. */
    private static Graph withoutRunTimes(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        List<Node> runTimes = List.of(DCTerms.modified.asNode(), PROV.generatedAtTime.asNode(), PROV.wasGeneratedBy.asNode());
        graph.find().forEachRemaining(t -> {
            if (!(t.getSubject().getURI() != null && t.getSubject().getURI().contains("/catalogusrecord/")
                    && runTimes.contains(t.getPredicate()))) {
                copy.add(t);
            }
        });
        return copy;
    }

    /** When a run started, from the harvest log. */
    private static Node startOf(Path store, Node run) {
        try (CatalogueStore opened = StoreUnderTest.open(store)) {
            return opened.read(dsg -> dsg.getGraph(IRIS.graph("harvest-log")).find(run, PROV.startedAtTime.asNode(), Node.ANY)
                    .next().getObject());
        }
    }

    private static List<String> search(Path store, String words) {
        Cli q = Cli.run("query", "--store", store.toString(), "--results", "csv",
                "PREFIX text: <http://jena.apache.org/text#> SELECT ?d { ?d text:query \"" + words + "\" } ORDER BY ?d");
        assertEquals(0, q.exitCode, q.toString());
        return q.out.lines().skip(1).toList();
    }

    @Test
    void a_complete_run_is_applied_in_place_and_ends_as_a_replacement() {
        StoreUnderTest.assumeEmbedded("compares two stores side by side; the remote suite has one service");
        Path store = dir.resolve("store");
        assertEquals(0, harvest(store).exitCode);
        Graph first = sourceGraph(store);
        assertEquals(List.of("https://data.voorbeeld.be/dataset/d3"), search(store, "oorspronkelijk"));

        night.set(2);
        Cli second = harvest(store);
        assertEquals(0, second.exitCode, second.toString());
        String row = second.out.lines().filter(l -> l.startsWith("inplace ")).findFirst().orElseThrow();
        assertEquals(List.of("inplace", "succeeded", "10", "1", "1", "8", "1"), List.of(row.trim().split("\\s+")).subList(0, 7), row);
        Graph inPlace = sourceGraph(store);

        // What replacing gives: the same feed harvested into an empty store. Its catalogue records were
        // written by another run at another time: compared without their times and run.
        Path fresh = dir.resolve("fresh");
        assertEquals(0, harvest(fresh).exitCode);
        Graph expected = withoutRunTimes(sourceGraph(fresh));
        assertTrue(IsoMatcher.isomorphic(expected, withoutRunTimes(inPlace)), () -> "in place:\n" + inPlace + "\nexpected:\n" + expected);
        for (int i : new int[] {0, 1, 2, 4, 5, 6, 8, 9}) {
            Node record = CatalogRecords.iri(IRIS, "inplace", "d" + i);
            assertEquals(first.find(record, Node.ANY, Node.ANY).toSet(), inPlace.find(record, Node.ANY, Node.ANY).toSet(),
                    "the catalogue record of unchanged d" + i + " is kept whole");
        }
        Node secondRun = inPlace.find(CatalogRecords.iri(IRIS, "inplace", "d10"), PROV.wasGeneratedBy.asNode(), Node.ANY).next().getObject();
        Node secondStart = startOf(store, secondRun);
        for (String id : List.of("d3", "d10")) {
            Node record = CatalogRecords.iri(IRIS, "inplace", id);
            assertEquals(List.of(secondStart), inPlace.find(record, DCTerms.modified.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList(), id);
            assertTrue(inPlace.contains(record, PROV.wasGeneratedBy.asNode(), secondRun), id);
        }
        assertEquals(2 + 10 * 7 + 10 * 8, inPlace.size(), "publisher 2, per dataset 5 and 2 of its distribution, per catalogue record 8");

        assertEquals(List.of(), search(store, "oorspronkelijk"), "the old title left the text index");
        assertEquals(List.of(), search(store, "verdwijnt"), "so did the removed dataset's");
        assertEquals(List.of("https://data.voorbeeld.be/dataset/d3"), search(store, "herzien"));
        assertEquals(List.of("https://data.voorbeeld.be/org/stad"), search(store, "Voorbeeld"), "the publisher once");
    }
}
