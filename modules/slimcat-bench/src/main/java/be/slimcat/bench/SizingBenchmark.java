// SPDX-License-Identifier: Apache-2.0
package be.slimcat.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import be.slimcat.store.CatalogueStore;
import be.slimcat.store.GraphSummary;
import be.slimcat.store.remote.RemoteService;
import be.slimcat.vocab.SlimcatIris;

/**
 * Prints the figures of the README's sizing note: for each catalogue size, a generated portal of N
 * datasets served on loopback is harvested by the real command ({@code slimcat harvest}, run as its own
 * process from the CLI jar, so fetch, map, validate, store, score quality and compact all count) three
 * nights in a row (first, unchanged, 1% of the datasets revised); then the store's triples per dataset
 * (source graph and quality graphs) and its size on disk; under each night, the command's own lines on
 * the validation, scoring and storing of the quality results and on the compaction.
 * <p>
 * Usage: {@code java -jar slimcat-bench.jar sizing [N,N,...] [CLI heap] [nights 1-3]}, e.g. {@code sizing 10000,100000 4g 3};
 * the CLI jar is {@code modules/slimcat-cli/target/slimcat.jar} unless {@code -Dslimcat.jar=...} says otherwise.
 * With {@code -Dslimcat.store=URL} (and {@code -Dslimcat.store-gsp=URL}) the harvests store into that remote SPARQL
 * service instead of an embedded store; the size on disk is then only the local text index and working files.
 */
public final class SizingBenchmark {
    private static final String REMOTE = System.getProperty("slimcat.store", "");
    private static final String REMOTE_GSP = System.getProperty("slimcat.store-gsp", REMOTE);

    private SizingBenchmark() {}

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String n : (args.length > 0 ? args[0] : "10000,100000").split(",")) {
            sizes.add(Integer.parseInt(n.trim()));
        }
        String heap = args.length > 1 ? args[1] : "4g";
        int nights = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path jar = Path.of(System.getProperty("slimcat.jar", "modules/slimcat-cli/target/slimcat.jar"));
        if (!Files.isRegularFile(jar)) {
            System.err.println("No CLI jar at " + jar.toAbsolutePath() + ": build it with `mvn -B package -DskipTests`,"
                    + " or name it with -Dslimcat.jar=...");
            System.exit(2);
        }
        System.out.printf("SlimCat sizing: the nightly `slimcat harvest` (own process, -Xmx%s) of a generated DCAT portal,"
                + " %d cores, Java %s, store %s%n", heap, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                REMOTE.isEmpty() ? "embedded TDB2" : REMOTE + " (MiB: local files only)");
        System.out.printf("%10s %-16s %10s %10s %12s %14s %16s %12s%n", "datasets", "night", "seconds", "peak RSS",
                "source trpl", "triples/dataset", "quality triples", "store MiB");
        for (int n : sizes) {
            measure(n, jar, heap, nights);
        }
    }

    private static void measure(int datasets, Path jar, String heap, int nightsToRun) throws Exception {
        Path dir = Files.createTempDirectory("slimcat-sizing-");
        try (GeneratedPortal portal = new GeneratedPortal(datasets, 1000)) {
            Path store = dir.resolve("store");
            String[] nights = {"first", "unchanged", "1% revised"};
            int last = Math.min(nightsToRun, nights.length) - 1;
            for (int night = 0; night <= last; night++) {
                portal.revise(night == 2);
                Path log = dir.resolve("night-" + night + ".log");
                Run run = harvest(jar, heap, store, portal, log);
                if (run.exitCode() != 0) {
                    System.out.printf("%,10d %-16s the harvest exited %d%n", datasets, nights[night], run.exitCode());
                    return;
                }
                System.out.printf("%,10d %-16s %10.1f %7d MiB%s%n", datasets, nights[night], run.seconds(), run.peakRssMiB(),
                        night < last ? "" : storeFigures(store, datasets));
                try (Stream<String> lines = Files.lines(log)) {
                    lines.filter(l -> l.contains("record(s)") || l.startsWith("Compacted")).forEach(l -> System.out.println("           " + l));
                }
            }
        } finally {
            Benchmarks.deleteTree(dir);
        }
    }

    /** The triples of the source graph and of the quality graphs, and the store's size, after the runs. */
    private static String storeFigures(Path storeDir, int datasets) throws IOException {
        SlimcatIris iris = SlimcatIris.defaults();
        long source = 0;
        long quality = 0;
        try (CatalogueStore store = REMOTE.isEmpty() ? CatalogueStore.open(storeDir)
                : CatalogueStore.connect(RemoteService.at(URI.create(REMOTE)).withGraphStore(URI.create(REMOTE_GSP)), storeDir,
                        iris.graphNamespace())) {
            for (GraphSummary graph : store.graphs()) {
                String name = graph.graph().getURI();
                if (name.equals(iris.sourceGraph("sizing").getURI())) {
                    source = graph.triples();
                } else if (name.startsWith(iris.qualityTrendGraph().getURI())) {
                    quality += graph.triples();
                }
            }
        }
        return String.format(" %,12d %14.1f %,16d %12.0f", source, (double) source / datasets, quality, sizeOf(storeDir) / 1048576.0);
    }

    private record Run(int exitCode, double seconds, long peakRssMiB) {}

    private static Run harvest(Path jar, String heap, Path store, GeneratedPortal portal, Path log) throws Exception {
        long start = System.nanoTime();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-jar", jar.toString(), "harvest", "--url", portal.dcatUri().toString(),
                "--dialect", "dcat", "--id", "sizing", "--allow-host", "127.0.0.1"));
        command.addAll(REMOTE.isEmpty() ? List.of("--store", store.toString())
                : List.of("--store", REMOTE, "--store-gsp", REMOTE_GSP, "--work-dir", store.toString()));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        long peakKiB = 0;
        while (process.isAlive()) {
            peakKiB = Math.max(peakKiB, highWaterMarkKiB(status));
            Thread.sleep(200);
        }
        return new Run(process.waitFor(), (System.nanoTime() - start) / 1e9, peakKiB >> 10);
    }

    /** VmHWM of a Linux process (its peak resident set), 0 where /proc does not tell. */
    private static long highWaterMarkKiB(Path status) {
        try (Stream<String> lines = Files.lines(status)) {
            return lines.filter(l -> l.startsWith("VmHWM:")).mapToLong(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst()
                    .orElse(0);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
