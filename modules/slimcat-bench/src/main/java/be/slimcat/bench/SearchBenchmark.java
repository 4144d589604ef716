// SPDX-License-Identifier: Apache-2.0
package be.slimcat.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import be.slimcat.harvest.HarvestSource;
import be.slimcat.harvest.Harvester;
import be.slimcat.harvest.http.FetchPolicy;
import be.slimcat.server.CatalogueServer;
import be.slimcat.store.CatalogueStore;
import be.slimcat.store.SampleData;
import be.slimcat.vocab.SlimcatIris;

/**
 * Prints the latency of the search page and of faceted-search SPARQL under concurrent load: the sample
 * data plus a generated portal of N datasets harvested into a fresh TDB2 store, served by the real
 * server on loopback; C client threads (a closed-loop load generator on the JDK's HTTP client) ask a
 * fixed mix of URLs for a given time, first on a quiet store, then while a second generated source is
 * harvested into the same store. Prints p50 / p95 / p99 per kind of request.
 * <p>
 * Usage: {@code java -Xmx2g -cp slimcat-bench.jar be.slimcat.bench.SearchBenchmark [datasets] [clients] [seconds]};
 * also {@code java -jar slimcat-bench.jar search [datasets] [clients] [seconds]}.
 */
public final class SearchBenchmark {
    private static final String PREFIXES = "PREFIX dcat: <http://www.w3.org/ns/dcat#> PREFIX dct: <http://purl.org/dc/terms/>"
            + " PREFIX text: <http://jena.apache.org/text#> ";
    /** The faceted-search SPARQL a client would send: one facet's counts under another facet's choice, and words plus a facet. */
    private static final List<String> SPARQL = List.of(
            PREFIXES + "SELECT ?theme (COUNT(?d) AS ?n) WHERE { ?d a dcat:Dataset ; dct:publisher <https://portal.example/org/7> ;"
                    + " dcat:theme ?theme } GROUP BY ?theme ORDER BY DESC(?n)",
            PREFIXES + "SELECT ?publisher (COUNT(?d) AS ?n) WHERE { ?d a dcat:Dataset ; dcat:theme"
                    + " <http://publications.europa.eu/resource/authority/data-theme/ENVI> ; dct:publisher ?publisher }"
                    + " GROUP BY ?publisher ORDER BY DESC(?n) LIMIT 10",
            PREFIXES + "SELECT ?d ?title WHERE { ?d text:query ('parkeren' 20) ; dct:title ?title ;"
                    + " dct:publisher <https://portal.example/org/3> } LIMIT 20",
            PREFIXES + "SELECT ?d ?title WHERE { ?d a dcat:Dataset ; dcat:theme"
                    + " <http://publications.europa.eu/resource/authority/data-theme/GOVE> ; dct:title ?title } ORDER BY ?d LIMIT 20 OFFSET 200");
    private static final List<String> SEARCH = List.of(
            "/zoeken",
            "/zoeken?q=parkeren",
            "/zoeken?q=dataset+4711",
            "/zoeken?type=Dataset&theme=http%3A%2F%2Fpublications.europa.eu%2Fresource%2Fauthority%2Fdata-theme%2FENVI",
            "/zoeken?type=Dataset&publisher=https%3A%2F%2Fportal.example%2Forg%2F7&page=3",
            "/zoeken?type=FundingInstrument&domain=%2Fid%2Fconcept%2Fdomein%2Fmobility",
            "/zoeken?q=mobiliteit&format=http%3A%2F%2Fpublications.europa.eu%2Fresource%2Fauthority%2Ffile-type%2FCSV");

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        int datasets = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        System.out.printf("SlimCat search benchmark: %,d generated datasets + the samples, %d clients, %d s per phase,"
                + " max heap %d MiB, %d cores, Java %s%n", datasets, clients, seconds, Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        Path dir = Files.createTempDirectory("slimcat-search-bench-");
        SlimcatIris iris = SlimcatIris.defaults();
        try (GeneratedPortal portal = new GeneratedPortal(datasets, 1000);
                CatalogueStore store = CatalogueStore.open(dir.resolve("store"))) {
            new SampleData(iris).loadInto(store);
            Harvester harvester = Harvester.withAllDialects(iris, FetchPolicy.defaults(), dir.resolve("staging"));
            Benchmarks.harvestIntoStore("", "dcat", harvester, source("bench", portal), store, iris, Double.NaN);
            // the benchmark measures the server, not its limits: no rate limit, and a place for every client
            CatalogueServer server = CatalogueServer.builder(store).iris(iris).port(0).loopbackOnly(true)
                    .rateLimit(null).maxConcurrentQueries(Math.max(4, clients)).build().start();
            try {
                String base = "http://127.0.0.1:" + server.port();
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                long indexStart = System.nanoTime();
                get(http, base + "/zoeken");
                System.out.printf("Search index built on first search: %.1f s%n", (System.nanoTime() - indexStart) / 1e9);
                run(http, base, clients, 5, null);
                System.out.printf("%-34s %8s %8s %8s %8s %8s%n", "phase / requests", "count", "p50 ms", "p95 ms", "p99 ms", "max ms");
                print("quiet", run(http, base, clients, seconds, null));
                AtomicBoolean harvesting = new AtomicBoolean(true);
                Thread harvest = new Thread(() -> {
                    Benchmarks.harvestIntoStore(" (2nd source, during load)", "dcat", harvester, source("bench2", portal),
                            store, iris, Double.NaN);
                    harvesting.set(false);
                }, "bench-harvest");
                harvest.start();
                print("during a harvest", run(http, base, clients, seconds, harvesting));
                harvest.join();
            } finally {
                server.stop();
            }
        } finally {
            Benchmarks.deleteTree(dir);
        }
    }

    private static HarvestSource source(String id, GeneratedPortal portal) {
        return new HarvestSource(id, id, null, portal.dcatUri(), "dcat", 1000, false, null, Set.of("127.0.0.1"),
                HarvestSource.DEFAULT_MAX_SHRINK);
    }

    /** Latencies in milliseconds of the search pages and of the SPARQL queries. */
    private record Latencies(List<Double> search, List<Double> sparql, int errors) {}

    /** Runs the clients for the time (or, with {@code until}, also stops when it turns false), each asking the mix in turn. */
    private static Latencies run(HttpClient http, String base, int clients, int seconds, AtomicBoolean until)
            throws InterruptedException {
        List<Double> search = Collections.synchronizedList(new ArrayList<>());
        List<Double> sparql = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                int i = client;
                while (System.nanoTime() < end && (until == null || until.get())) {
                    boolean page = i % 2 == 0;
                    String url = page ? base + SEARCH.get((i / 2) % SEARCH.size())
                            : base + "/sparql?query=" + URLEncoder.encode(SPARQL.get((i / 2) % SPARQL.size()), StandardCharsets.UTF_8);
                    long start = System.nanoTime();
                    try {
                        int status = get(http, url);
                        double ms = (System.nanoTime() - start) / 1e6;
                        if (status != 200) {
                            errors.incrementAndGet();
                        } else {
                            (page ? search : sparql).add(ms);
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    i++;
                }
                done.countDown();
            }, "bench-client-" + c);
            thread.start();
        }
        done.await();
        return new Latencies(search, sparql, errors.get());
    }

    private static int get(HttpClient http, String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept", url.contains("/sparql") ? "application/sparql-results+json" : "text/html").build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static void print(String phase, Latencies latencies) {
        line(phase + ": search page", latencies.search());
        line(phase + ": faceted SPARQL", latencies.sparql());
        if (latencies.errors() > 0) {
            System.out.printf("%-34s %8d%n", phase + ": errors", latencies.errors());
        }
    }

    private static void line(String label, List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        System.out.printf("%-34s %8d %8.1f %8.1f %8.1f %8.1f%n", label, sorted.size(), percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1));
    }

    private static double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(rank, sorted.size() - 1)));
    }
}
