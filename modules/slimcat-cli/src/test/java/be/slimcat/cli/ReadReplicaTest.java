// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetMem;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import be.slimcat.harvest.HarvestSource;
import be.slimcat.harvest.Harvester;
import be.slimcat.harvest.http.FetchPolicy;
import be.slimcat.server.CatalogueServer;
import be.slimcat.server.replication.Replicator;
import be.slimcat.store.CatalogueStore;
import be.slimcat.store.SampleData;
import be.slimcat.store.patch.PatchChainException;
import be.slimcat.store.patch.PatchEntry;
import be.slimcat.store.patch.ReplicaUpdater;
import be.slimcat.store.queries.LibraryQuery;
import be.slimcat.store.queries.QueryLibrary;
import be.slimcat.vocab.SlimcatIris;

/**
 * A primary that harvests a local portal every "night" and a read replica that follows it through the
 * primary's patch log: two real TDB2 stores, two real servers on loopback, the real harvest pipeline.
 */
class ReadReplicaTest {
    private static final SlimcatIris IRIS = SlimcatIris.defaults();

    @TempDir Path dir;
    private HttpServer portal;
    private final AtomicBoolean revised = new AtomicBoolean();
    private CatalogueStore primary;
    private CatalogueServer primaryServer;
    private HarvestPipeline pipeline;
    private HarvestSource source;

    @BeforeEach
    void start() throws IOException {
        portal = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        portal.createContext("/catalog", ex -> {
            String page = "page=2".equals(ex.getRequestURI().getQuery()) ? "/feeds/hydra-page2.ttl" : "/feeds/hydra-page1.ttl";
            String body;
            try (InputStream in = ReadReplicaTest.class.getResourceAsStream(page)) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (revised.get()) {
                body = body.replace("\"Parkings\"@nl", "\"Parkings en kangoeroeparkings\"@nl")
                        .replace("\"2026-11-01\"^^xsd:date", "\"2026-11-20\"^^xsd:date");
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/turtle");
            ex.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        });
        portal.start();
        source = HarvestSource.adHoc("voorbeeld", URI.create("http://127.0.0.1:" + portal.getAddress().getPort() + "/catalog"),
                "dcat", Set.of("127.0.0.1"));
        primary = CatalogueStore.open(dir.resolve("primary"), true);
        new SampleData(IRIS).loadInto(primary);
        primaryServer = CatalogueServer.builder(primary).iris(IRIS).port(0).loopbackOnly(true).build().start();
        pipeline = new HarvestPipeline(primary, IRIS, Harvester.withAllDialects(IRIS, FetchPolicy.defaults(),
                dir.resolve("staging")), QualityPass.bundled(primary, IRIS));
    }

    @AfterEach
    void stop() {
        primaryServer.stop();
        primary.close();
        portal.stop(0);
    }

    /** One night on the primary, as {@code serve --harvest-at} runs it. */
    private void nightlyHarvest() {
        HarvestPipeline.Applied applied = pipeline.harvest(source, false, false);
        applied.run().close();
        pipeline.refreshCatalogueQuality(List.of(applied.run().iri()));
        pipeline.refreshDuplicates();
        pipeline.compact();
    }

    private URI primaryAddress() {
        return URI.create("http://127.0.0.1:" + primaryServer.port() + "/");
    }

    private static Set<Quad> quads(CatalogueStore store) {
        return store.read(dsg -> {
            Set<Quad> all = new HashSet<>();
            dsg.find().forEachRemaining(all::add);
            return all;
        });
    }

    private static Graph copy(Graph graph) {
        Graph copy = GraphMemFactory.createDefaultGraph();
        GraphUtil.addInto(copy, graph);
        return copy;
    }

    private static void assertSameGraphs(CatalogueStore expected, CatalogueStore actual) {
        Set<String> names = new TreeSet<>();
        expected.read(dsg -> {
            dsg.listGraphNodes().forEachRemaining(g -> names.add(g.getURI()));
            return null;
        });
        Set<String> replicaNames = new TreeSet<>();
        actual.read(dsg -> {
            dsg.listGraphNodes().forEachRemaining(g -> replicaNames.add(g.getURI()));
            return null;
        });
        assertEquals(names, replicaNames);
        for (String name : names) {
            Node g = NodeFactory.createURI(name);
            Graph primaryGraph = expected.read(dsg -> copy(dsg.getGraph(g)));
            assertTrue(primaryGraph.isIsomorphicWith(actual.read(dsg -> copy(dsg.getGraph(g)))), "graph " + name + " differs on the replica");
        }
        assertEquals(quads(expected), quads(actual));
    }

    /** Every query of the bundled library, asked over HTTP of both servers, gets the same answer. */
    private void assertSameAnswers(CatalogueServer replicaServer) {
        int compared = 0;
        for (LibraryQuery query : QueryLibrary.bundled().list()) {
            String text = query.bind(Map.of(), IRIS).text();
            Query parsed = QueryFactory.create(text);
            if (!parsed.isSelectType()) {
                continue;
            }
            RowSet fromPrimary = RowSetMem.create(QueryExecHTTP.service("http://127.0.0.1:" + primaryServer.port() + "/sparql")
                    .query(text).select());
            RowSet fromReplica = RowSetMem.create(QueryExecHTTP.service("http://127.0.0.1:" + replicaServer.port() + "/sparql")
                    .query(text).select());
            if (text.contains("text:query")) {
                // Lucene relevance scores count deleted documents not yet merged away, which differ between the two
                // indexes: the hits must be the same, their scores may differ slightly.
                assertEquals(hitsWithoutScore(fromPrimary), hitsWithoutScore(fromReplica), query.name() + " finds other things on the replica");
            } else {
                assertTrue(ResultSetCompare.equalsByTerm(fromPrimary, fromReplica), query.name() + " answers differently on the replica");
            }
            compared++;
        }
        assertTrue(compared >= 10, "only " + compared + " library queries compared");
    }

    private static List<String> hitsWithoutScore(RowSet rows) {
        List<String> hits = new ArrayList<>();
        rows.forEachRemaining(row -> {
            StringBuilder hit = new StringBuilder();
            row.vars().forEachRemaining(v -> {
                Node value = row.get(v);
                if (value != null && !v.getVarName().equals("score")) {
                    assertTrue(!value.isBlank(), "a blank node in a search hit: " + row);
                    hit.append(v).append('=').append(value).append(' ');
                }
            });
            hits.add(hit.toString());
        });
        Collections.sort(hits);
        return hits;
    }

    private static long searchHits(CatalogueServer server, String words) {
        String search = "PREFIX text: <http://jena.apache.org/text#> SELECT (COUNT(*) AS ?n) { ?s text:query '" + words + "' }";
        return ((Number) QueryExecHTTP.service("http://127.0.0.1:" + server.port() + "/sparql").query(search).select()
                .next().get("n").getLiteralValue()).longValue();
    }

    @Test
    void a_replica_follows_nightly_harvests_survives_a_restart_and_refuses_a_damaged_patch() throws Exception {
        nightlyHarvest();
        long afterFirstNight = primary.patchLog().orElseThrow().latest().orElseThrow().sequence();
        Path replicaDir = dir.resolve("replica");
        try (CatalogueStore replica = CatalogueStore.open(replicaDir)) {
            CatalogueServer replicaServer = CatalogueServer.builder(replica).iris(IRIS).port(0).loopbackOnly(true).build().start();
            try {
                Replicator replicator = new Replicator(primaryAddress(), ReplicaUpdater.open(replicaDir, replica.dataset()));
                assertEquals(new Replicator.CatchUp(afterFirstNight, afterFirstNight), replicator.catchUp());
                assertSameGraphs(primary, replica);
                assertSameAnswers(replicaServer);
                assertEquals(0, searchHits(primaryServer, "kangoeroeparkings"));
                assertEquals(0, searchHits(replicaServer, "kangoeroeparkings"));
                HttpResponse<String> noLog = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + replicaServer.port() + "/patches")).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(404, noLog.statusCode());
            } finally {
                replicaServer.stop();
            }
        }

        revised.set(true);
        nightlyHarvest();
        long afterSecondNight = primary.patchLog().orElseThrow().latest().orElseThrow().sequence();
        assertTrue(afterSecondNight > afterFirstNight);
        try (CatalogueStore replica = CatalogueStore.open(replicaDir)) {
            CatalogueServer replicaServer = CatalogueServer.builder(replica).iris(IRIS).port(0).loopbackOnly(true).build().start();
            try {
                ReplicaUpdater updater = ReplicaUpdater.open(replicaDir, replica.dataset());
                assertEquals(afterFirstNight, updater.applied().map(PatchEntry::sequence).orElseThrow());
                Replicator replicator = new Replicator(primaryAddress(), updater);
                assertEquals(new Replicator.CatchUp(afterSecondNight - afterFirstNight, afterSecondNight), replicator.catchUp());
                assertSameGraphs(primary, replica);
                assertSameAnswers(replicaServer);
                assertEquals(1, searchHits(primaryServer, "kangoeroeparkings"));
                assertEquals(1, searchHits(replicaServer, "kangoeroeparkings"));

                revised.set(false);
                nightlyHarvest();
                long firstOfNight = afterSecondNight + 1;
                Path first = dir.resolve("primary").resolve("patches").resolve(String.format("%012d.rdfp", firstOfNight));
                Files.writeString(first, Files.readString(first).replace("TC .", "A <x:s> <x:p> .\nTC ."));
                Set<Quad> before = quads(replica);
                PatchChainException damaged = assertThrows(PatchChainException.class, replicator::catchUp);
                assertTrue(damaged.getMessage().startsWith("Patch " + firstOfNight + " from " + primaryAddress() + "patches/"
                        + firstOfNight + " is damaged ("), damaged.getMessage());
                assertTrue(damaged.getMessage().endsWith("the replica stays at patch " + afterSecondNight
                        + ": check the primary's patch log"), damaged.getMessage());
                assertEquals(firstOfNight, updater.next());
                assertEquals(before, quads(replica));
                assertEquals(1, searchHits(replicaServer, "kangoeroeparkings"));
            } finally {
                replicaServer.stop();
            }
        }
    }

    @Test
    void serve_as_replica_refuses_options_that_would_write() {
        Cli harvestAt = Cli.run("serve", "--store", dir.resolve("r1").toString(), "--replica-of", "http://127.0.0.1:9/",
                "--harvest-at", "02:00");
        assertEquals(ExitCodes.USAGE, harvestAt.exitCode, harvestAt.toString());
        assertTrue(harvestAt.err.contains("--replica-of cannot be combined with --harvest-at (the primary harvests)"), harvestAt.toString());
        Cli withLog = Cli.run("serve", "--store", dir.resolve("r2").toString(), "--replica-of", "http://127.0.0.1:9/", "--patch-log");
        assertEquals(ExitCodes.USAGE, withLog.exitCode, withLog.toString());
        assertTrue(withLog.err.contains("--replica-of cannot be combined with --patch-log"), withLog.toString());
        Cli notHttp = Cli.run("serve", "--store", dir.resolve("r3").toString(), "--replica-of", "file:///etc/");
        assertEquals(ExitCodes.USAGE, notHttp.exitCode, notHttp.toString());
        assertTrue(notHttp.err.contains("--replica-of needs the primary's http(s) address"), notHttp.toString());
        assertEquals(false, Files.exists(dir.resolve("r1")));
    }
}
