// SPDX-License-Identifier: Apache-2.0
package be.slimcat.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;

import be.slimcat.harvest.HarvestProgress;
import be.slimcat.harvest.HarvestRun;
import be.slimcat.harvest.HarvestSource;
import be.slimcat.harvest.Harvester;
import be.slimcat.harvest.PreviousHarvest;
import be.slimcat.harvest.RecordReplace;
import be.slimcat.harvest.http.FetchPolicy;
import be.slimcat.store.CatalogueStore;
import be.slimcat.store.GraphSummary;
import be.slimcat.vocab.SlimcatIris;

/**
 * Prints harvest figures: a generated portal of N datasets is served on loopback as a paged DCAT
 * Turtle feed and as a paged CKAN API, harvested end to end into a fresh TDB2 store (fetch, map,
 * normalise, stage, store the source graph in one transaction), then harvested again as the next
 * night would (reading the stored record digests, comparing, applying only what changed in place,
 * see {@link RecordReplace}), and a third time after the portal revised 1% of its datasets, each with
 * its peak heap and its peak live heap after collection, and compared with merely parsing the same
 * Turtle bytes with RIOT in the same run.
 * <p>
 * Usage: {@code java -Xmx1g -jar modules/slimcat-bench/target/slimcat-bench.jar [datasets] [pageSize] [dcat,ckan]};
 * with {@code validation} as first argument it runs the {@link ValidationBenchmark} instead, with {@code search} the
 * {@link SearchBenchmark}, with {@code sizing} the {@link SizingBenchmark}.
 */
public final class Benchmarks {
    private Benchmarks() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("search")) {
            SearchBenchmark.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("sizing")) {
            SizingBenchmark.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("replicas")) {
            ReplicaBenchmark.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("validation")) {
            ValidationBenchmark.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        int datasets = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int pageSize = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        List<String> dialects = args.length > 2 ? List.of(args[2].split(",")) : List.of("dcat", "ckan");
        System.out.printf("SlimCat harvest benchmark: %,d datasets, %,d per page, max heap %d MiB, %d cores, Java %s%n",
                datasets, pageSize, Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        try (GeneratedPortal portal = new GeneratedPortal(datasets, pageSize)) {
            double parseSeconds = riotParse(portal);
            System.out.printf("%-12s %10s %8s %10s %10s %12s %14s %10s %10s%n", "dialect", "datasets", "pages", "harvest s",
                    "store s", "datasets/s", "vs RIOT parse", "peak MiB", "live MiB");
            for (String dialect : dialects) {
                run(dialect, portal, datasets, pageSize, parseSeconds);
            }
            System.out.printf("RIOT parse only of the same Turtle pages: %.1f s (%,.0f datasets/s)%n", parseSeconds,
                    datasets / parseSeconds);
        }
    }

    private static double riotParse(GeneratedPortal portal) {
        long start = System.nanoTime();
        for (int p = 1; p <= portal.pages(); p++) {
            RDFParser.source(new ByteArrayInputStream(portal.dcatPage(p))).lang(Lang.TURTLE).base("http://127.0.0.1/")
                    .parse(StreamRDFLib.sinkNull());
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static void run(String dialect, GeneratedPortal portal, int datasets, int pageSize, double parseSeconds)
            throws IOException {
        java.net.URI endpoint = dialect.equals("dcat") ? portal.dcatUri() : portal.ckanUri();
        portal.revise(false);
        Path dir = Files.createTempDirectory("slimcat-bench-");
        SlimcatIris iris = SlimcatIris.defaults();
        HarvestSource source = new HarvestSource(dialect, dialect, null, endpoint, dialect, pageSize, false, null,
                Set.of("127.0.0.1"), HarvestSource.DEFAULT_MAX_SHRINK);
        try (CatalogueStore store = CatalogueStore.open(dir.resolve("store"))) {
            Harvester harvester = Harvester.withAllDialects(iris, FetchPolicy.defaults(), dir.resolve("staging"));
            harvestIntoStore("", dialect, harvester, source, store, iris, parseSeconds);
            harvestIntoStore(" again", dialect, harvester, source, store, iris, parseSeconds);
            portal.revise(true);
            harvestIntoStore(" 1% new", dialect, harvester, source, store, iris, parseSeconds);
        } finally {
            deleteTree(dir);
        }
    }

    /** One nightly run: read what the store holds, harvest, apply the run to the source's graph in place. */
    static void harvestIntoStore(String label, String dialect, Harvester harvester, HarvestSource source,
            CatalogueStore store, SlimcatIris iris, double parseSeconds) {
        Node graph = harvester.sourceGraph(source);
        try (PeakHeap heap = new PeakHeap()) {
            long start = System.nanoTime();
            PreviousHarvest previous = store.read(dsg -> PreviousHarvest.read(dsg.getGraph(graph),
                    dsg.getGraph(iris.graph("harvest-log")), iris.thing("bron", source.id())));
            try (HarvestRun run = harvester.run(source, previous, false, HarvestProgress.NONE)) {
                long harvested = System.nanoTime();
                RecordReplace.Outcome[] outcome = new RecordReplace.Outcome[1];
                GraphSummary stored = store.write(dsg -> {
                    outcome[0] = new RecordReplace(iris).apply(dsg.getGraph(graph), run, previous);
                    return GraphSummary.of(dsg, graph);
                });
                long end = System.nanoTime();
                double total = (end - start) / 1e9;
                System.out.printf("%-12s %,10d %8d %10.1f %10.1f %,12.0f %13.1fx %10d %10d   (%s, %,d triples, %s, %s)%n",
                        dialect + label, run.staged().size(), run.staged().pagesRead().size(),
                        (harvested - start) / 1e9, (end - harvested) / 1e9, run.staged().size() / total,
                        total / parseSeconds, heap.peakMiB(), heap.peakAfterGcMiB(), run.status().label(), stored.triples(),
                        run.changes(), outcome[0].wholeGraph() ? "graph replaced: " + outcome[0].reason() : "applied in place");
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
