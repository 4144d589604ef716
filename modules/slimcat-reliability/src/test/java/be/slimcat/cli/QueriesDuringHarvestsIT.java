// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.slimcat.harvest.HarvestSource;
import be.slimcat.harvest.Harvester;
import be.slimcat.harvest.http.FetchPolicy;
import be.slimcat.reliability.Budget;
import be.slimcat.reliability.PortalServer;
import be.slimcat.reliability.PortalState;
import be.slimcat.reliability.PropertyTally;
import be.slimcat.server.CatalogueServer;
import be.slimcat.store.CatalogueStore;
import be.slimcat.store.SampleData;
import be.slimcat.vocab.SlimcatIris;

/**
 * SPARQL clients query the served store over HTTP without pause while the server's harvest pipeline (as
 * {@code slimcat serve --harvest-at} runs it) replaces two source graphs again and again and compacts the
 * store. Every answer must be a 200 whose row for each source graph shows the graph wholly before or
 * wholly after a harvest; the latencies are printed.
 */
class QueriesDuringHarvestsIT {
    private static final SlimcatIris IRIS = SlimcatIris.defaults();
    private static final List<String> SOURCES = List.of("noord", "zuid");
    private static final int CLIENTS = 4;

    @TempDir Path dir;

    /** What the query must see of one source graph in one of its two versions. */
    private record GraphState(long datasets, long edition1) {
        static GraphState of(PortalState portal) {
            return new GraphState(portal.size(),
                    portal.datasets().values().stream().filter(d -> d.title().contains("(editie 1)")).count());
        }
    }

    @Test
    void queries_are_answered_with_whole_graphs_while_harvests_replace_them() throws Exception {
        String query = resource("/be/slimcat/reliability/source-graph-states.rq");
        Map<String, byte[][]> feeds = new HashMap<>();
        Map<String, Set<GraphState>> allowed = new HashMap<>();
        Random random = new Random(7);
        for (String source : SOURCES) {
            PortalState portal = PortalState.withDatasets(200, random);
            byte[] first = portal.turtle();
            GraphState before = GraphState.of(portal);
            portal.change(20, 60, 15, random);
            feeds.put(source, new byte[][] {first, portal.turtle()});
            allowed.put(IRIS.sourceGraph(source).getURI(), Set.of(before, GraphState.of(portal)));
        }
        assertEquals(2, allowed.values().iterator().next().size(), "the versions are told apart by the query");

        PropertyTally tally = new PropertyTally("queries during harvests");
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger replacements = new AtomicInteger();
        AtomicInteger compactions = new AtomicInteger();
        try (PortalServer portal = new PortalServer(); CatalogueStore store = CatalogueStore.open(dir.resolve("store"))) {
            new SampleData(IRIS).loadInto(store);
            HarvestPipeline pipeline = new HarvestPipeline(store, IRIS, Harvester.withAllDialects(IRIS, FetchPolicy.defaults(),
                    store.directory().resolve("staging")), QualityPass.bundled(store, IRIS));
            harvestAll(pipeline, portal, feeds, 0);
            // The clients ask back to back from one address: no per-client rate here (RequestLimitsTest covers it).
            CatalogueServer server = CatalogueServer.builder(store).iris(IRIS).port(0).loopbackOnly(true).rateLimit(null)
                    .build().start();
            try {
                URI endpoint = URI.create("http://127.0.0.1:" + server.port() + "/sparql");
                AtomicBoolean harvesting = new AtomicBoolean(true);
                CountDownLatch clientsDone = new CountDownLatch(CLIENTS);
                for (int c = 0; c < CLIENTS; c++) {
                    // half the clients may get kept answers, half have every query run (Cache-Control: no-cache)
                    boolean run = c % 2 == 1;
                    Thread client = new Thread(() -> {
                        try {
                            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
                            while (harvesting.get()) {
                                ask(http, endpoint, query, run, allowed, tally, latencies);
                            }
                        } finally {
                            clientsDone.countDown();
                        }
                    }, "sparql-client-" + c);
                    client.start();
                }
                try {
                    int rounds = Budget.trials(3);
                    for (int round = 1; round <= rounds; round++) {
                        replacements.addAndGet(harvestAll(pipeline, portal, feeds, round % 2));
                        pipeline.refreshDuplicates();
                        // a compaction that never ends (as before the store's compaction gate) fails here, not hangs
                        assertTimeoutPreemptively(Duration.ofMinutes(5), pipeline::compact, "the compaction hung while clients queried");
                        compactions.incrementAndGet();
                    }
                } finally {
                    harvesting.set(false);
                    assertTrue(clientsDone.await(2, java.util.concurrent.TimeUnit.MINUTES), "the clients stopped");
                }
            } finally {
                server.stop();
            }
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        tally.figure("%d source graph replacements and %d compactions while %d clients queried", replacements.get(),
                compactions.get(), CLIENTS);
        tally.figure("latency ms: p50 %d, p95 %d, max %d", percentile(sorted, 50), percentile(sorted, 95),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1));
        assertEquals(2 * Budget.trials(3), replacements.get(), "every harvest replaced its graph");
        tally.report();
    }

    /** Serves each source's given version and harvests it; returns the graphs replaced. */
    private static int harvestAll(HarvestPipeline pipeline, PortalServer portal, Map<String, byte[][]> feeds, int version) {
        int replaced = 0;
        for (String source : SOURCES) {
            portal.serve("/" + source + ".ttl", "text/turtle", feeds.get(source)[version]);
            HarvestSource s = HarvestSource.adHoc(source, portal.url("/" + source + ".ttl"), "dcat", Set.of("127.0.0.1"));
            HarvestPipeline.Applied applied = pipeline.harvest(s, true, false);
            try {
                if (applied.stored() != null) {
                    replaced++;
                }
            } finally {
                applied.run().close();
            }
        }
        return replaced;
    }

    private static void ask(HttpClient http, URI endpoint, String query, boolean run, Map<String, Set<GraphState>> allowed,
            PropertyTally tally, List<Long> latencies) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        HttpRequest request = (run ? builder.header("Cache-Control", "no-cache") : builder).build();
        long start = System.nanoTime();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            tally.failed("no answer: " + e);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        latencies.add((System.nanoTime() - start) / 1_000_000);
        if (response.statusCode() != 200) {
            tally.failed("HTTP " + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
            return;
        }
        ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(response.body()), ResultSetLang.RS_JSON);
        Map<String, GraphState> seen = new HashMap<>();
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            seen.put(row.getResource("g").getURI(), new GraphState(row.getLiteral("datasets").getLong(),
                    row.getLiteral("edition1").getLong()));
        }
        for (Map.Entry<String, Set<GraphState>> graph : allowed.entrySet()) {
            GraphState state = seen.get(graph.getKey());
            if (state == null || !graph.getValue().contains(state)) {
                tally.failed("<" + graph.getKey() + "> seen as " + state + ", neither of " + graph.getValue());
                return;
            }
        }
        tally.passed();
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static String resource(String name) {
        try (InputStream in = QueriesDuringHarvestsIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
