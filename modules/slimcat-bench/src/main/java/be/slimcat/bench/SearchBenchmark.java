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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

import be.slimcat.harvest.HarvestSource;
import be.slimcat.harvest.Harvester;
import be.slimcat.harvest.http.FetchPolicy;
import be.slimcat.server.CatalogueServer;
import be.slimcat.store.CatalogueStore;
import be.slimcat.store.SampleData;
import be.slimcat.vocab.BundledQuery;
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
    /**
     * The kinds of faceted-search SPARQL a client would send: one facet's counts under another facet's
     * choice, words plus a facet, and a page of one facet's datasets; {@code ?chosenPublisher} and
     * {@code ?chosenTheme} are bound per request. Once with SlimCat's facet functions (answered from the
     * search index), once as plain SPARQL over the store (a {@code GROUP BY} over the datasets).
     */
    private static final Mix FACETED = Mix.of("faceted SPARQL", "facet");
    private static final Mix PLAIN = Mix.of("plain SPARQL", "plain");

    /** Four kinds of query, each with its page query last. */
    private record Mix(String name, List<Query> kinds) {
        static Mix of(String name, String prefix) {
            return new Mix(name, java.util.stream.Stream.of("themes-of-a-publisher", "publishers-of-a-theme",
                    "words-of-a-publisher", "page-of-a-theme")
                    .map(kind -> BundledQuery.load(SearchBenchmark.class, "search/" + prefix + "-" + kind + ".rq")).toList());
        }

        /**
         * The n-th request of the mix: the kinds in turn, with values that vary with n (50 publishers,
         * 5 themes, 10 pages), so that the mix holds 155 different queries.
         */
        String request(int n) {
            Map<Var, Node> chosen = Map.of(
                    Var.alloc("chosenPublisher"), NodeFactory.createURI("https://portal.example/org/" + (n / 4) % 50),
                    Var.alloc("chosenTheme"), NodeFactory.createURI("http://publications.europa.eu/resource/authority/data-theme/"
                            + GeneratedPortal.THEMES[(n / 4) % GeneratedPortal.THEMES.length]));
            Query query = QueryTransformOps.replaceVars(kinds.get(n % kinds.size()), chosen);
            if (n % kinds.size() == kinds.size() - 1) {
                page(query).setOffset(((n / 20) % 10) * 20L);
            }
            return query.serialize();
        }

        /** The query that holds the LIMIT of a page: a sub-query if there is one, else the query. */
        private static Query page(Query query) {
            Query[] inner = {query};
            org.apache.jena.sparql.syntax.ElementWalker.walk(query.getQueryPattern(),
                    new org.apache.jena.sparql.syntax.ElementVisitorBase() {
                        @Override
                        public void visit(org.apache.jena.sparql.syntax.ElementSubQuery sub) {
                            inner[0] = sub.getQuery();
                        }
                    });
            return inner[0];
        }
    }

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
                http.send(HttpRequest.newBuilder(URI.create(base + "/zoeken")).timeout(Duration.ofMinutes(10)).build(),
                        HttpResponse.BodyHandlers.discarding());
                System.out.printf("Search index ready for the first search (built in the background from the start): %.1f s%n", (System.nanoTime() - indexStart) / 1e9);
                // warm up (the JIT compiles the hot paths) with the whole mix before measuring
                run(http, base, FACETED, clients, seconds, null, false);
                run(http, base, PLAIN, clients, Math.max(1, seconds / 4), null, false);
                printEachQueryAlone(http, base, FACETED);
                printEachQueryAlone(http, base, PLAIN);
                System.out.printf("%-44s %8s %8s %8s %8s %8s%n", "phase / requests", "count", "p50 ms", "p95 ms", "p99 ms", "max ms");
                print("quiet", FACETED, run(http, base, FACETED, clients, seconds, null, false));
                print("quiet", PLAIN, run(http, base, PLAIN, clients, seconds, null, false));
                print("quiet, each run", PLAIN, run(http, base, PLAIN, clients, seconds, null, true));
                AtomicBoolean harvesting = new AtomicBoolean(true);
                Thread harvest = new Thread(() -> {
                    Benchmarks.harvestIntoStore(" (2nd source, during load)", "dcat", harvester, source("bench2", portal),
                            store, iris, Double.NaN);
                    harvesting.set(false);
                }, "bench-harvest");
                harvest.start();
                print("during a harvest", FACETED, run(http, base, FACETED, clients, seconds, harvesting, false));
                harvest.join();
            } finally {
                server.stop();
            }
        } finally {
            Benchmarks.deleteTree(dir);
        }
    }

    /** Each kind of SPARQL query of the mix on its own, one client, not from the cache: the median of five runs. */
    private static void printEachQueryAlone(HttpClient http, String base, Mix mix) throws IOException, InterruptedException {
        System.out.println("Each kind of " + mix.name() + " query alone (one client, not from the cache, median of 5):");
        for (int q = 0; q < mix.kinds().size(); q++) {
            String url = base + "/sparql?query=" + URLEncoder.encode(mix.request(q), StandardCharsets.UTF_8);
            List<Double> times = new ArrayList<>();
            long rows = 0;
            for (int run = 0; run < 5; run++) {
                long start = System.nanoTime();
                HttpResponse<java.util.stream.Stream<String>> answer = http.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(60)).header("Accept", "text/csv").header("Cache-Control", "no-cache").build(),
                        HttpResponse.BodyHandlers.ofLines());
                rows = answer.body().count() - 1;
                times.add((System.nanoTime() - start) / 1e6);
            }
            Collections.sort(times);
            System.out.printf("  query %d: %8.1f ms, %d rows%n", q + 1, times.get(2), rows);
        }
    }

    private static HarvestSource source(String id, GeneratedPortal portal) {
        return new HarvestSource(id, id, null, portal.dcatUri(), "dcat", 1000, false, null, Set.of("127.0.0.1"),
                HarvestSource.DEFAULT_MAX_SHRINK);
    }

    /** Latencies in milliseconds of the search pages and of the SPARQL queries. */
    private record Latencies(List<Double> search, List<Double> sparql, int errors) {}

    /**
     * Runs the clients for the time (or, with {@code until}, also stops when it turns false), each asking the
     * mix in turn; with {@code uncached} the SPARQL requests say {@code Cache-Control: no-cache}, so each is run.
     */
    private static Latencies run(HttpClient http, String base, Mix mix, int clients, int seconds, AtomicBoolean until,
            boolean uncached)
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
                            : base + "/sparql?query=" + URLEncoder.encode(mix.request(i / 2), StandardCharsets.UTF_8);
                    long start = System.nanoTime();
                    try {
                        int status = get(http, url, uncached && !page);
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

    private static int get(HttpClient http, String url, boolean uncached) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept", url.contains("/sparql") ? "application/sparql-results+json" : "text/html");
        if (uncached) {
            request.header("Cache-Control", "no-cache");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static void print(String phase, Mix mix, Latencies latencies) {
        line(phase + ": search page", latencies.search());
        line(phase + ": " + mix.name(), latencies.sparql());
        if (latencies.errors() > 0) {
            System.out.printf("%-44s %8d%n", phase + ": errors", latencies.errors());
        }
    }

    private static void line(String label, List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        System.out.printf("%-44s %8d %8.1f %8.1f %8.1f %8.1f%n", label, sorted.size(), percentile(sorted, 50),
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
