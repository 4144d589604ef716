// SPDX-License-Identifier: Apache-2.0
package be.slimcat.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;

import be.slimcat.harvest.HarvestProgress;
import be.slimcat.harvest.HarvestRun;
import be.slimcat.harvest.HarvestSource;
import be.slimcat.harvest.Harvester;
import be.slimcat.harvest.PreviousHarvest;
import be.slimcat.harvest.RecordReplace;
import be.slimcat.harvest.http.FetchPolicy;
import be.slimcat.server.CatalogueServer;
import be.slimcat.server.replication.Replicator;
import be.slimcat.store.CatalogueStore;
import be.slimcat.store.patch.PatchEntry;
import be.slimcat.store.patch.ReplicaUpdater;
import be.slimcat.vocab.SlimcatIris;

/**
 * Prints read-replica figures: a primary with a patch log harvests a generated portal of N datasets
 * three nights running (first harvest, the same portal again, then 1% of the datasets revised), each
 * harvest committed as one RDF Patch; a replica, polling the primary's {@code /patches} over HTTP at a
 * fixed interval, applies it. For each night: the patch's size and changes, and the lag from the
 * primary's commit until the replica serves the change (checked every 2 ms; its SPARQL endpoint then answers
 * the primary's triple count of the source graph), and the time the replica took to parse and apply the patch.
 * <p>
 * Usage: {@code java -Xmx2g -jar slimcat-bench.jar replicas [datasets] [pollMillis]} (default 10,000 and 1,000).
 */
final class ReplicaBenchmark {
    private ReplicaBenchmark() {}

    public static void main(String[] args) throws Exception {
        int datasets = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long pollMillis = args.length > 1 ? Long.parseLong(args[1]) : 1_000;
        System.out.printf("SlimCat read replica benchmark: %,d datasets, replica polls every %,d ms, max heap %d MiB, %d cores, Java %s%n",
                datasets, pollMillis, Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        SlimcatIris iris = SlimcatIris.defaults();
        Path dir = Files.createTempDirectory("slimcat-bench-replicas-");
        try (GeneratedPortal portal = new GeneratedPortal(datasets, 1000);
                CatalogueStore primary = CatalogueStore.open(dir.resolve("primary"), true);
                CatalogueStore replica = CatalogueStore.open(dir.resolve("replica"))) {
            CatalogueServer primaryServer = CatalogueServer.builder(primary).iris(iris).port(0).loopbackOnly(true).build().start();
            CatalogueServer replicaServer = CatalogueServer.builder(replica).iris(iris).port(0).loopbackOnly(true).build().start();
            ReplicaUpdater updater = ReplicaUpdater.open(replica.directory(), replica.dataset());
            try (Replicator replicator = new Replicator(URI.create("http://127.0.0.1:" + primaryServer.port() + "/"), updater)
                    .pollEvery(Duration.ofMillis(pollMillis))) {
                HarvestSource source = new HarvestSource("dcat", "dcat", null, portal.dcatUri(), "dcat", 1000, false, null,
                        Set.of("127.0.0.1"), HarvestSource.DEFAULT_MAX_SHRINK);
                Harvester harvester = Harvester.withAllDialects(iris, FetchPolicy.defaults(), dir.resolve("staging"));
                String replicaEndpoint = "http://127.0.0.1:" + replicaServer.port() + "/sparql";
                System.out.printf("%-10s %10s %10s %9s %9s %11s %11s %11s %11s%n", "night", "triples", "harvest s", "added",
                        "deleted", "patch KiB", "gzip KiB", "lag s", "apply s");
                night("first", portal, false, harvester, source, primary, updater, replicaEndpoint, iris);
                night("again", portal, false, harvester, source, primary, updater, replicaEndpoint, iris);
                night("1% new", portal, true, harvester, source, primary, updater, replicaEndpoint, iris);
                System.out.printf("Replica identical to the primary: %s; patches applied: %d; replica failure: %s%n",
                        sameQuads(primary, replica), updater.applied().map(PatchEntry::sequence).orElse(0L),
                        replicator.failure().orElse("none"));
            } finally {
                replicaServer.stop();
                primaryServer.stop();
            }
        } finally {
            Benchmarks.deleteTree(dir);
        }
    }

    private static void night(String label, GeneratedPortal portal, boolean revised, Harvester harvester, HarvestSource source,
            CatalogueStore primary, ReplicaUpdater updater, String replicaEndpoint, SlimcatIris iris) throws Exception {
        portal.revise(revised);
        Node graph = harvester.sourceGraph(source);
        long before = primary.patchLog().orElseThrow().latest().map(PatchEntry::sequence).orElse(0L);
        long start = System.nanoTime();
        PreviousHarvest previous = primary.read(dsg -> PreviousHarvest.read(dsg.getGraph(graph),
                dsg.getGraph(iris.graph("harvest-log")), iris.thing("bron", source.id())));
        long triples;
        long committed;
        try (HarvestRun run = harvester.run(source, previous, false, HarvestProgress.NONE)) {
            triples = primary.write(dsg -> {
                new RecordReplace(iris).apply(dsg.getGraph(graph), run, previous);
                return dsg.getGraph(graph).size();
            });
            committed = System.nanoTime();
        }
        long latest = primary.patchLog().orElseThrow().latest().map(PatchEntry::sequence).orElse(0L);
        if (latest == before) {
            System.out.printf("%-10s %,10d %10.1f %9s %9s %11s %11s %11s %11s   (no change, no patch)%n", label, triples,
                    (committed - start) / 1e9, "0", "0", "-", "-", "-", "-");
            return;
        }
        Path patch = primary.patchLog().orElseThrow().file(latest).orElseThrow();
        long visible = awaitVisible(replicaEndpoint, graph, triples, updater, latest);
        double applied = updater.lastApplyTime().toNanos() / 1e9;
        long[] counts = changeCounts(patch);
        System.out.printf("%-10s %,10d %10.1f %,9d %,9d %,11d %,11d %11.2f %11.2f%n", label, triples, (committed - start) / 1e9,
                counts[0], counts[1], Files.size(patch) >> 10, gzipSize(patch) >> 10, (visible - committed) / 1e9, applied);
    }

    /** Waits until the replica has applied the patch and its endpoint answers the primary's triple count. */
    private static long awaitVisible(String endpoint, Node graph, long triples, ReplicaUpdater updater, long sequence)
            throws InterruptedException {
        String count = "SELECT (COUNT(*) AS ?n) { GRAPH <" + graph.getURI() + "> { ?s ?p ?o } }";
        while (true) {
            if (updater.applied().map(PatchEntry::sequence).orElse(0L) >= sequence) {
                long visible = System.nanoTime();
                long served = ((Number) QueryExecHTTP.service(endpoint).query(count).select().next().get("n").getLiteralValue()).longValue();
                if (served != triples) {
                    throw new IllegalStateException("The replica serves " + served + " triples, the primary " + triples);
                }
                return visible;
            }
            Thread.sleep(2);
        }
    }

    private static long[] changeCounts(Path patch) throws IOException {
        long added = 0;
        long deleted = 0;
        try (Stream<String> lines = Files.lines(patch)) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.startsWith("A ")) {
                    added++;
                } else if (line.startsWith("D ")) {
                    deleted++;
                }
            }
        }
        return new long[] {added, deleted};
    }

    private static long gzipSize(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            Files.copy(file, gzip);
        }
        return bytes.size();
    }

    private static boolean sameQuads(CatalogueStore primary, CatalogueStore replica) {
        return primary.read(p -> replica.read(r -> {
            List<Quad> all = Iter.toList(p.find());
            return all.size() == Iter.count(r.find()) && all.stream().allMatch(r::contains);
        }));
    }
}
