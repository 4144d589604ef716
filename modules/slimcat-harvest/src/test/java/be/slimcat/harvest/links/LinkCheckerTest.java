// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;

import be.slimcat.harvest.LocalServer;
import be.slimcat.harvest.http.FetchPolicy;
import be.slimcat.quality.LinkStatus;

/** The link checker against a real local HTTP server; 127.0.0.1 is the one private host allowed. */
class LinkCheckerTest {
    private static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    /** One request as the server saw it, recorded before it is answered. */
    private record Request(String method, String path, String userAgent, long startNanos) { }

    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private LocalServer server;

    @BeforeEach
    void start() throws IOException {
        server = new LocalServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static FetchPolicy policy() {
        return LinkChecker.policy(Set.of("127.0.0.1"))
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofSeconds(5))
                .withRetries(0, Duration.ofMillis(10), Duration.ofSeconds(1));
    }

    private static LinkCheckSettings noDelay() {
        return LinkCheckSettings.defaults().withHostDelay(Duration.ZERO);
    }

    /** Serves a path, recording each request; {@code status} answers both HEAD and GET. */
    private void serve(String path, int status) {
        serve(path, ex -> reply(ex, status));
    }

    private void serve(String path, com.sun.net.httpserver.HttpHandler handler) {
        server.on(path, ex -> {
            requests.add(new Request(ex.getRequestMethod(), ex.getRequestURI().getPath(),
                    ex.getRequestHeaders().getFirst("User-Agent"), System.nanoTime()));
            handler.handle(ex);
        });
    }

    private static void reply(HttpExchange ex, int status) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/csv");
        ex.sendResponseHeaders(status, -1);
    }

    private String url(String path) {
        return server.uri(path).toString();
    }

    private List<String> seen() {
        return requests.stream().map(r -> r.method() + " " + r.path()).toList();
    }

    @Test
    void every_kind_of_answer_gives_its_exact_status() throws IOException {
        serve("/ok.csv", 200);
        serve("/missing.csv", 404);
        serve("/moved.csv", ex -> {
            ex.getResponseHeaders().set("Location", "/target.csv");
            reply(ex, 301);
        });
        serve("/target.csv", 200);
        serve("/no-head.csv", ex -> reply(ex, "HEAD".equals(ex.getRequestMethod()) ? 405 : 200));
        serve("/secret.csv", 200);
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String refused = "http://127.0.0.1:" + closedPort + "/gone.csv";
        String notAllowed = "http://localhost:" + server.uri("/").getPort() + "/secret.csv";
        String notAUrl = "http://example.org/a file.csv";

        LinkCheckResults results;
        try (LinkChecker checker = new LinkChecker(policy(), noDelay(), CLOCK)) {
            results = checker.check(List.of(url("/ok.csv"), url("/missing.csv"), url("/moved.csv"), url("/no-head.csv"),
                    refused, notAllowed, notAUrl), LinkCheckCache.empty());
        }

        assertEquals(Map.of(url("/ok.csv"), 200, url("/missing.csv"), 404, url("/moved.csv"), 200,
                url("/no-head.csv"), 200, refused, 0, notAllowed, 0, notAUrl, 0), results.codes());
        assertEquals(7, results.fetched());
        assertEquals(0, results.reused());
        assertEquals(0, server.hits("/secret.csv"), "a host that is not allowed is never asked");
        assertEquals(List.of("HEAD /missing.csv", "HEAD /moved.csv", "HEAD /target.csv", "HEAD /no-head.csv",
                "GET /no-head.csv", "HEAD /ok.csv"), seen(), "URLs in order, HEAD first, GET only after a 405");
        assertTrue(requests.stream().allMatch(r -> LinkChecker.USER_AGENT.equals(r.userAgent())), requests.toString());
        assertEquals(java.util.Optional.of(new LinkStatus(404)), results.of(url("/missing.csv")));
        assertEquals(java.util.Optional.empty(), results.of(url("/never-given.csv")), "a URL not given is not assessed");
        results.checks().values().forEach(c -> assertEquals(NOW, c.checkedAt(), c.url()));
    }

    @Test
    void a_url_shared_by_two_distributions_is_asked_for_once() {
        serve("/shared.csv", 200);
        serve("/own.csv", 404);
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader("""
                @prefix dcat: <http://www.w3.org/ns/dcat#> .
                <https://example.org/dataset/a> a dcat:Dataset ; dcat:distribution <https://example.org/distribution/a> .
                <https://example.org/distribution/a> dcat:accessURL <%1$s> ; dcat:downloadURL <%1$s> .
                <https://example.org/dataset/b> a dcat:Dataset ; dcat:distribution <https://example.org/distribution/b> .
                <https://example.org/distribution/b> dcat:accessURL "%1$s" ; dcat:downloadURL <%2$s> .
                """.formatted(url("/shared.csv"), url("/own.csv")))).lang(Lang.TURTLE).parse(graph);

        LinkCheckResults results;
        try (LinkChecker checker = new LinkChecker(policy(), noDelay(), CLOCK)) {
            List<String> urls = new ArrayList<>(DistributionUrls.of(graph));
            urls.add(url("/shared.csv"));
            results = checker.check(urls, LinkCheckCache.empty());
        }
        assertEquals(Map.of(url("/shared.csv"), 200, url("/own.csv"), 404), results.codes());
        assertEquals(1, server.hits("/shared.csv"));
        assertEquals(1, server.hits("/own.csv"));
    }

    @Test
    void a_fresh_cached_check_is_reused_and_a_stale_one_is_asked_again() {
        serve("/fresh.csv", 200);
        serve("/stale.csv", 200);
        LinkCheckCache cache = LinkCheckCache.of(List.of(
                new LinkCheck(url("/fresh.csv"), 404, NOW.minus(Duration.ofDays(6))),
                new LinkCheck(url("/stale.csv"), 404, NOW.minus(Duration.ofDays(7)))));

        LinkCheckResults results;
        try (LinkChecker checker = new LinkChecker(policy(), noDelay(), CLOCK)) {
            results = checker.check(List.of(url("/fresh.csv"), url("/stale.csv")), cache);
        }
        assertEquals(new LinkCheck(url("/fresh.csv"), 404, NOW.minus(Duration.ofDays(6))), results.checks().get(url("/fresh.csv")),
                "younger than 7 days: reused as it was");
        assertEquals(new LinkCheck(url("/stale.csv"), 200, NOW), results.checks().get(url("/stale.csv")),
                "7 days old: asked again");
        assertEquals(List.of("HEAD /stale.csv"), seen());
        assertEquals(1, results.fetched());
        assertEquals(1, results.reused());

        LinkCheckCache next = cache.with(results);
        assertEquals(Map.of(url("/fresh.csv"), 404, url("/stale.csv"), 200),
                Map.of(url("/fresh.csv"), next.checks().get(url("/fresh.csv")).status(),
                        url("/stale.csv"), next.checks().get(url("/stale.csv")).status()));
    }

    /**
     * The server sees a request before the checker has its answer, and the checker waits the delay after
     * the answer, so two requests to one host arrive at least the delay apart (asserted with a margin).
     */
    @Test
    void requests_to_one_host_are_spaced_by_the_delay() {
        serve("/a.csv", 200);
        serve("/b.csv", 200);
        serve("/no-head.csv", ex -> reply(ex, "HEAD".equals(ex.getRequestMethod()) ? 501 : 200));
        Duration delay = Duration.ofMillis(200);
        try (LinkChecker checker = new LinkChecker(policy(), LinkCheckSettings.defaults().withHostDelay(delay), CLOCK)) {
            checker.check(List.of(url("/no-head.csv"), url("/b.csv"), url("/a.csv")), LinkCheckCache.empty());
        }
        assertEquals(List.of("HEAD /a.csv", "HEAD /b.csv", "HEAD /no-head.csv", "GET /no-head.csv"), seen());
        for (int i = 1; i < requests.size(); i++) {
            long gap = requests.get(i).startNanos() - requests.get(i - 1).startNanos();
            assertTrue(gap >= Duration.ofMillis(150).toNanos(), "request " + i + " came " + gap / 1_000_000
                    + " ms after the previous one, less than the 200 ms delay");
        }
    }

    @Test
    void one_host_gets_one_request_at_a_time_even_with_four_hosts_allowed_at_once() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String path = "/slow-" + i + ".csv";
            urls.add(url(path));
            serve(path, ex -> {
                most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(30);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                inFlight.decrementAndGet();
                reply(ex, 200);
            });
        }
        try (LinkChecker checker = new LinkChecker(policy(), noDelay().withConcurrency(4), CLOCK)) {
            assertEquals(6, checker.check(urls, LinkCheckCache.empty()).codes().values().stream().filter(s -> s == 200).count());
        }
        assertEquals(1, most.get());
        assertEquals(6, requests.size());
    }
}
