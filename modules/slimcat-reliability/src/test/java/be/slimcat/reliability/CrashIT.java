// SPDX-License-Identifier: Apache-2.0
package be.slimcat.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.slimcat.store.CatalogueStore;
import be.slimcat.store.SampleData;
import be.slimcat.vocab.SlimcatIris;

/**
 * Kills {@code slimcat harvest} and {@code slimcat load} with SIGKILL at random moments, many times. After
 * each kill the store must open, the graph being written must be exactly the old one or exactly the new
 * one (compared with the graphs that uninterrupted runs stored), every other graph must be as it was, and
 * the harvest log must have lost nothing.
 */
class CrashIT {
    private static final SlimcatIris IRIS = SlimcatIris.defaults();
    private static final Node SOURCE_GRAPH = NodeFactory.createURI(IRIS.base() + "/graph/source/crash");
    private static final Node LOADED_GRAPH = NodeFactory.createURI(IRIS.base() + "/graph/file-crash");
    private static final Node HARVEST_LOG = IRIS.graph("harvest-log");

    @TempDir Path dir;

    /** The two versions a trial switches between, each with what an uninterrupted run stores. */
    private record Versions(Graph[] expected, long slowestMillis) {}

    @Test
    void a_killed_harvest_leaves_the_old_or_the_new_graph_of_the_source_and_loses_nothing_else() throws Exception {
        Path store = dir.resolve("store");
        seed(store);
        Random random = new Random(20261122);
        PortalState state = PortalState.withDatasets(150, random);
        byte[] first = state.turtle();
        state.change(20, 45, 20, random);
        byte[][] feeds = {first, state.turtle()};
        try (PortalServer portal = new PortalServer()) {
            String url = portal.url("/catalog.ttl").toString();
            IntFunction<String[]> harvest = version -> {
                portal.serve("/catalog.ttl", "text/turtle", feeds[version]);
                return new String[] {"harvest", "--store", store.toString(), "--url", url, "--dialect", "dcat",
                    "--id", "crash", "--allow-host", "127.0.0.1", "--accept-shrink"};
            };
            runTrials("crash during harvest", store, SOURCE_GRAPH, harvest, Budget.trials(8), random);
        }
    }

    @Test
    void a_killed_load_leaves_the_old_or_the_new_graph_and_loses_nothing_else() throws Exception {
        Path store = dir.resolve("store");
        seed(store);
        Random random = new Random(20261123);
        Path[] files = {dir.resolve("a.ttl"), dir.resolve("b.ttl")};
        Files.write(files[0], PortalState.withDatasets(250, random).turtle());
        Files.write(files[1], PortalState.withDatasets(300, random).turtle());
        IntFunction<String[]> load = version -> new String[] {"load", "--store", store.toString(), "--graph",
            LOADED_GRAPH.getURI(), "--allow-violations", files[version].toString()};
        runTrials("crash during load", store, LOADED_GRAPH, load, Budget.trials(8), random);
    }

    /** The bundled samples, so that the store has graphs that no trial may touch. */
    private static void seed(Path store) {
        try (CatalogueStore s = CatalogueStore.open(store)) {
            new SampleData(IRIS).loadInto(s);
        }
    }

    private void runTrials(String property, Path store, Node target, IntFunction<String[]> command, int trials,
            Random random) throws Exception {
        Versions versions = versions(store, target, command);
        PropertyTally tally = new PropertyTally(property);
        StoreSnapshot before = StoreSnapshot.of(store);
        int current = 1;
        int killedRunning = 0;
        int keptOld = 0;
        int becameNew = 0;
        for (int trial = 0; trial < trials; trial++) {
            int next = 1 - current;
            SlimcatProcess p = SlimcatProcess.start(dir.resolve("trial-" + trial + ".log"), command.apply(next));
            long killAt = (long) (random.nextDouble() * versions.slowestMillis());
            Thread.sleep(killAt);
            if (p.kill()) {
                killedRunning++;
            }
            StoreSnapshot after;
            try {
                after = StoreSnapshot.of(store);
            } catch (RuntimeException e) {
                tally.failed("trial " + trial + " (killed after " + killAt + " ms): the store does not open: " + e);
                break;
            }
            String problem = problem(after, before, target, versions.expected()[current], versions.expected()[next]);
            if (problem != null) {
                tally.failed("trial " + trial + " (killed after " + killAt + " ms): " + problem);
            } else {
                tally.passed();
                if (StoreSnapshot.same(after.payload(target), versions.expected()[next])) {
                    becameNew++;
                    current = next;
                } else {
                    keptOld++;
                }
            }
            System.out.printf("%s: trial %d killed after %d ms: %s%n", property, trial, killAt,
                    tally.failureCount() == 0 ? "ok" : "FAILED");
            before = after;
        }
        tally.figure("killed while running: %d; old graph kept: %d; new graph complete: %d", killedRunning, keptOld, becameNew);
        tally.figure("kill moment: uniform in 0..%d ms after the start (the slower uninterrupted run)", versions.slowestMillis());
        tally.report();
    }

    /**
     * Runs each version once without interruption, ending with version 1, and keeps what it stored; returns
     * the graphs and the longer run time.
     */
    private Versions versions(Path store, Node target, IntFunction<String[]> command) {
        Graph[] expected = new Graph[2];
        long slowest = 0;
        for (int version = 0; version < 2; version++) {
            SlimcatProcess.Finished run = SlimcatProcess.run(dir.resolve("clean-" + version + ".log"), command.apply(version));
            assertEquals(0, run.exitCode(), run.output());
            slowest = Math.max(slowest, run.millis());
            StoreSnapshot snapshot = StoreSnapshot.of(store);
            expected[version] = snapshot.payload(target);
            assertTrue(snapshot.recordsComplete(target));
        }
        assertTrue(expected[0].size() > 2000 && expected[1].size() > 2000, "big enough to be killed while writing");
        assertTrue(!StoreSnapshot.same(expected[0], expected[1]), "the two versions differ");
        return new Versions(expected, slowest);
    }

    /** What is wrong with the store after a kill, or null when nothing is. */
    private static String problem(StoreSnapshot after, StoreSnapshot before, Node target, Graph old, Graph next) {
        Graph payload = after.payload(target);
        if (!StoreSnapshot.same(payload, old) && !StoreSnapshot.same(payload, next)) {
            return "<" + target.getURI() + "> is neither the old nor the new graph: " + payload.size()
                    + " triples, the old has " + old.size() + ", the new " + next.size();
        }
        if (!after.recordsComplete(target)) {
            return "a catalogue record of <" + target.getURI() + "> lacks its run triples";
        }
        if (!StoreSnapshot.contains(after.graph(HARVEST_LOG), before.graph(HARVEST_LOG))) {
            return "the harvest log lost triples";
        }
        Map<Node, Graph> changed = new HashMap<>();
        for (Node g : before.graphNames()) {
            if (!g.equals(target) && !g.equals(HARVEST_LOG) && !derived(g) && !StoreSnapshot.same(after.graph(g), before.graph(g))) {
                changed.put(g, after.graph(g));
            }
        }
        if (!changed.isEmpty()) {
            return "graphs that no run writes changed: " + List.copyOf(changed.keySet());
        }
        return null;
    }

    /** The graphs a run recomputes from the data after storing it: quality results and duplicate links. */
    private static boolean derived(Node graph) {
        String iri = graph.getURI();
        return iri.startsWith(IRIS.graph("quality").getURI()) || iri.equals(IRIS.graph("duplicates").getURI());
    }
}
