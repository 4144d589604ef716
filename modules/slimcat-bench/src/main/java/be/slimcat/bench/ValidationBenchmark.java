// SPDX-License-Identifier: Apache-2.0
package be.slimcat.bench;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;

import be.slimcat.validation.CatalogueValidator;
import be.slimcat.validation.Finding;
import be.slimcat.validation.RecordValidator;
import be.slimcat.vocab.SlimcatIris;

/**
 * Prints validation figures: a generated catalogue of N datasets with realistic defects is validated
 * with the full layered shapes and the vocabulary as background, (a) by plain jena-shacl on the whole
 * graph at once ({@code ShaclValidator} on a {@code Union} of data and background, as
 * {@link CatalogueValidator} does) and (b) by {@link RecordValidator}, record by record on all cores,
 * in the same run, after a warm-up of both (twice each on 5,000 datasets, so that the JIT compiler has
 * done its work for both before either is timed). Per approach: records/s, wall time, the CPU time of
 * the process (all threads, garbage collection included: the fair measure when other processes use
 * the machine), cores (CPU time / wall time: how many cores it got), the peak heap (sampled, garbage
 * included), the heap held after the run (after a full collection, data graph not counted: for (a)
 * the whole report, for (b) the findings this benchmark keeps to compare them) and whether its
 * findings are identical to those of the first run of (a) (count and multiset of digests). The two
 * approaches alternate, several times (other processes may use the machine: the best time of each is
 * compared).
 * <p>
 * Usage: {@code java -Xmx2g -jar modules/slimcat-bench/target/slimcat-bench.jar validation [datasets] [threads] [repeats]}
 * (defaults 100000, all cores, 3).
 */
final class ValidationBenchmark {
    private ValidationBenchmark() {}

    static void main(String[] args) {
        int datasets = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        System.out.printf("SlimCat validation benchmark: %,d datasets, %d thread(s), %d repetition(s), max heap %d MiB, %d cores,"
                + " Java %s, load %.2f%n", datasets, threads, repeats, Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), load());
        long start = System.nanoTime();
        CatalogueValidator validator = CatalogueValidator.bundled(SlimcatIris.defaults());
        Shapes shapes = Shapes.parse(validator.shapesGraph());
        RecordValidator perRecord = new RecordValidator(validator);
        System.out.printf("shapes (%d) and background (%,d triples) loaded in %.1f s%n", shapes.numShapes(),
                validator.background().size(), seconds(start));

        Graph warmUp = GeneratedCatalogue.generate(Math.min(datasets, 5_000), 2);
        for (int round = 0; round < 2; round++) {
            whole(shapes, validator, warmUp);
            perRecord(perRecord, warmUp, threads);
        }
        System.out.printf("warmed up: both approaches twice on %,d datasets%n", Math.min(datasets, 5_000));

        start = System.nanoTime();
        Graph data = GeneratedCatalogue.generate(datasets, 1);
        System.out.printf("catalogue generated: %,d triples in %.1f s%n", data.size(), seconds(start));

        System.out.printf("%-36s %9s %10s %9s %11s %9s %6s %9s %9s %10s%n", "approach (repetition)", "records", "findings",
                "seconds", "records/s", "cpu s", "cores", "peak MiB", "held MiB", "identical");
        FindingKeys reference = null;
        Run bestA = null;
        Run bestB = null;
        boolean identical = true;
        for (int round = 1; round <= repeats; round++) {
            Run a = whole(shapes, validator, data);
            reference = reference == null ? a.keys : reference;
            Run b = perRecord(perRecord, data, threads);
            boolean same = a.keys.sameAs(reference) && b.keys.sameAs(reference);
            identical &= same;
            print("(a) jena-shacl, whole graph #" + round, b.records, a, same);
            print("(b) RecordValidator, " + threads + " thread(s) #" + round, b.records, b, same);
            bestA = bestA == null || a.seconds < bestA.seconds ? a.withoutKeys() : bestA;
            bestB = bestB == null || b.seconds < bestB.seconds ? b.withoutKeys() : bestB;
        }
        System.out.printf("best of %d: (a) %.1f s, %,.0f records/s; (b) %.1f s, %,.0f records/s%n", repeats, bestA.seconds,
                bestB.records / bestA.seconds, bestB.seconds, bestB.records / bestB.seconds);
        System.out.printf("speed-up (a)/(b), best of each: %.2fx wall, %.2fx cpu   findings identical in every repetition: %s"
                + " (%,d findings, %,d distinct)%n", bestA.seconds / bestB.seconds, bestA.cpuSeconds / bestB.cpuSeconds,
                identical ? "yes" : "NO", reference.size(), reference.distinct());
        System.out.printf("load average at the end: %.2f%n", load());
    }

    /** One validation run. */
    private record Run(int records, FindingKeys keys, double seconds, double cpuSeconds, long peakMiB, long heldMiB) {
        Run withoutKeys() {
            return new Run(records, null, seconds, cpuSeconds, peakMiB, heldMiB);
        }
    }

    private static Run whole(Shapes shapes, CatalogueValidator validator, Graph data) {
        long before = usedAfterGcMiB();
        try (PeakHeap heap = new PeakHeap()) {
            long start = System.nanoTime();
            long cpu = cpuNanos();
            ValidationReport report = ShaclValidator.get().validate(shapes, new Union(data, validator.background()));
            double seconds = seconds(start);
            double cpuSeconds = (cpuNanos() - cpu) / 1e9;
            long peak = heap.peakMiB();
            long held = usedAfterGcMiB() - before;
            Reference.reachabilityFence(report);
            return new Run(0, FindingKeys.ofEntries(report.getEntries(), validator.shapesGraph().getPrefixMapping()),
                    seconds, cpuSeconds, peak, held);
        }
    }

    private static Run perRecord(RecordValidator validator, Graph data, int threads) {
        long before = usedAfterGcMiB();
        try (PeakHeap heap = new PeakHeap()) {
            Queue<List<Finding>> findings = new ConcurrentLinkedQueue<>();
            long start = System.nanoTime();
            long cpu = cpuNanos();
            int records = validator.validateAll(data, threads, outcome -> {
                if (!outcome.outcome().findings().isEmpty()) {
                    findings.add(outcome.outcome().findings());
                }
            });
            double seconds = seconds(start);
            double cpuSeconds = (cpuNanos() - cpu) / 1e9;
            long peak = heap.peakMiB();
            long held = usedAfterGcMiB() - before;
            return new Run(records, FindingKeys.ofFindings(() -> findings.stream().flatMap(List::stream).iterator()),
                    seconds, cpuSeconds, peak, held);
        }
    }

    private static void print(String approach, int records, Run run, boolean identical) {
        System.out.printf("%-36s %,9d %,10d %9.1f %,11.0f %9.1f %6.2f %9d %9d %10s%n", approach, records, run.keys.size(),
                run.seconds, records / run.seconds, run.cpuSeconds, run.cpuSeconds / run.seconds, run.peakMiB, run.heldMiB,
                identical ? "yes" : "NO");
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** The heap in use after a full garbage collection. */
    private static long usedAfterGcMiB() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    /** CPU time of the whole process (all threads, garbage collection included). */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
