// SPDX-License-Identifier: Apache-2.0
package be.slimcat.bench;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Supplier;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;

import be.slimcat.harvest.RdfPageParser;
import be.slimcat.harvest.rdf.RdfPage;

/**
 * Prints what reading a dirty page costs: one generated DCAT Turtle page of N datasets is read by
 * RIOT alone, by {@link RdfPageParser} when clean, and by {@link RdfPageParser} when Jena's parser
 * refuses it at its first lines (a prefix used without declaration) or at its last line (so RIOT
 * reads it all before the lenient parser reads it again, the worst case). Median of 5 runs, after
 * every path was warmed up.
 * <p>
 * Usage: {@code java -Xmx1g -cp modules/slimcat-bench/target/slimcat-bench.jar be.slimcat.bench.LenientParseBenchmark [datasets]}
 */
public final class LenientParseBenchmark {
    private static final URI BASE = URI.create("http://127.0.0.1/dcat?page=1");

    private LenientParseBenchmark() {}

    public static void main(String[] args) throws Exception {
        int datasets = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        byte[] clean;
        try (GeneratedPortal portal = new GeneratedPortal(datasets, datasets)) {
            clean = portal.dcatPage(1);
        }
        String text = new String(clean, StandardCharsets.UTF_8);
        byte[] dirtyFirst = text.replace("@prefix dcat: <http://www.w3.org/ns/dcat#> . ", "").getBytes(StandardCharsets.UTF_8);
        byte[] dirtyLast = (text + "<https://portal.example/dataset/0> healthdcatap:hasCodingSystem \"x\" .\n")
                .getBytes(StandardCharsets.UTF_8);
        long triples = RdfPageParser.read(clean, Lang.TURTLE, BASE).graph().size();
        System.out.printf("Lenient parse benchmark: one Turtle page of %,d datasets, %,d triples, %.1f MB; max heap %d MiB, %d cores%n",
                datasets, triples, clean.length / 1e6, Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        for (int i = 0; i < 3; i++) { // warm up every path before timing any
            read(clean);
            read(dirtyFirst);
            read(dirtyLast);
        }
        System.out.printf("%-52s %8s %12s %10s%n", "reading", "ms", "triples/s", "triples");
        double riot = time("RIOT only, to a null sink", () -> {
            RDFParser.source(new ByteArrayInputStream(clean)).lang(Lang.TURTLE).base(BASE.toString()).parse(StreamRDFLib.sinkNull());
            return triples;
        });
        double strict = time("RdfPageParser, clean page", () -> read(clean));
        double first = time("RdfPageParser, refused at line 1 (lenient)", () -> read(dirtyFirst));
        double last = time("RdfPageParser, refused at the last line (lenient)", () -> read(dirtyLast));
        System.out.printf("lenient reading costs %.1fx a clean read when Jena stops at once, %.1fx when it stops at the end"
                + " (RIOT alone: %.0f ms)%n", first / strict, last / strict, riot);
    }

    private static long read(byte[] page) {
        RdfPage parsed = RdfPageParser.read(page, Lang.TURTLE, BASE);
        return parsed.graph().size();
    }

    private static double time(String label, Supplier<Long> reading) {
        long size = 0;
        for (int i = 0; i < 2; i++) {
            size = reading.get();
        }
        double[] ms = new double[5];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            size = reading.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        double median = ms[ms.length / 2];
        System.out.printf("%-52s %8.0f %12.0f %10d%n", label, median, size / (median / 1000), size);
        return median;
    }
}
