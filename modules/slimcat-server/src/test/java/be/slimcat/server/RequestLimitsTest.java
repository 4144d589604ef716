// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.slimcat.server.guard.QueryConcurrencyLimit;
import be.slimcat.server.guard.RateLimit;

/** Concurrent queries (503), request rate per client (429), request body size (413, 411); pages stay open. */
class RequestLimitsTest {
    private static final String SLOW = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    @TempDir Path dir;
    private LiveServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    static void assertSecurityHeaders(HttpResponse<String> response) {
        assertEquals(Optional.of("nosniff"), response.headers().firstValue("X-Content-Type-Options"), response.toString());
        assertEquals(Optional.of("DENY"), response.headers().firstValue("X-Frame-Options"), response.toString());
        assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"),
                response.toString());
    }

    @Test
    void a_query_beyond_the_concurrent_limit_waits_briefly_then_gets_503_with_retry_after() throws Exception {
        server = LiveServer.start(dir, "https://data.slimcat.be/graph/cycle", LiveServer.cycle(2_000),
                b -> b.maxConcurrentQueries(1).queueWait(Duration.ofMillis(300)).queryTimeout(Duration.ofSeconds(4))
                        .rateLimit(null));
        assertEquals(List.of(), QueryThreads.awaitIdle(60));
        CompletableFuture<HttpResponse<String>> running = CompletableFuture.supplyAsync(() -> {
            try {
                return server.postQuery(SLOW);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long deadline = System.nanoTime() + 10_000_000_000L;
        // the slow query holds the only place once it runs query code past the limit (background work,
        // such as the search index built at start, does not count)
        while (QueryThreads.busyWithin(QueryConcurrencyLimit.class).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        HttpResponse<String> refused = server.postQuery("ASK {}");
        assertEquals(503, refused.statusCode(), refused.body());
        assertEquals(Optional.of("2"), refused.headers().firstValue("Retry-After"));
        assertEquals("Busy: 1 queries are running. Retry after 2 s.\n", refused.body());
        assertSecurityHeaders(refused);
        assertEquals(200, server.get("/", "text/html").statusCode(), "the home page is not limited");
        assertEquals(200, server.get("/health", "application/json").statusCode());

        assertEquals(503, running.get().statusCode(), "the slow query times out");
        assertSecurityHeaders(running.get());
        assertEquals(200, server.postQuery("ASK {}").statusCode(), "the place is free again");
    }

    @Test
    void a_client_over_its_rate_gets_429_with_retry_after_and_pages_stay_open() throws Exception {
        server = LiveServer.start(dir, "https://data.slimcat.be/graph/cycle", LiveServer.cycle(10),
                b -> b.rateLimit(new RateLimit(3, Duration.ofMinutes(1))));
        assertEquals(200, server.query("ASK {}").statusCode());
        assertEquals(200, server.get("/data?default", "text/turtle").statusCode());
        assertEquals(200, server.postQuery("ASK {}").statusCode());
        HttpResponse<String> limited = server.query("ASK {}");
        assertEquals(429, limited.statusCode(), limited.body());
        assertEquals(Optional.of("20"), limited.headers().firstValue("Retry-After"));
        assertEquals("Too many requests: this server answers at most 3/min per client. Retry after 20 s.\n", limited.body());
        assertSecurityHeaders(limited);
        assertEquals(429, server.get("/data?default", "text/turtle").statusCode());
        assertEquals(200, server.get("/", "text/html").statusCode());
        assertEquals(200, server.get("/zoeken", "text/html").statusCode());
        assertEquals(200, server.get("/health", "application/json").statusCode());
    }

    @Test
    void bodies_above_the_limit_get_413_and_bodies_without_a_length_411() throws Exception {
        server = LiveServer.start(dir, "https://data.slimcat.be/graph/cycle", LiveServer.cycle(10),
                b -> b.maxBodyBytes(1_000).rateLimit(null));
        String ask = "ASK {}";
        String fits = "#" + "x".repeat(1_000 - ask.length() - 2) + "\n" + ask;
        assertEquals(1_000, fits.getBytes(StandardCharsets.UTF_8).length);
        assertEquals(200, server.postQuery(fits).statusCode());

        HttpResponse<String> tooLarge = server.postQuery("#" + fits);
        assertEquals(413, tooLarge.statusCode(), tooLarge.body());
        assertEquals("Request body too large: 1001 bytes, this server accepts at most 1000 bytes.\n", tooLarge.body());
        assertSecurityHeaders(tooLarge);

        HttpResponse<String> form = server.send(HttpRequest.newBuilder(URI.create(server.url("/sparql")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + "%20".repeat(400) + "ASK%7B%7D")));
        assertEquals(413, form.statusCode(), form.body());

        HttpResponse<String> chunked = server.send(HttpRequest.newBuilder(URI.create(server.url("/sparql")))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(ask.getBytes(StandardCharsets.UTF_8)))));
        assertEquals(411, chunked.statusCode(), chunked.body());
    }

    @Test
    void the_not_found_page_carries_the_security_headers() throws Exception {
        server = LiveServer.start(dir, "https://data.slimcat.be/graph/cycle", LiveServer.cycle(10), b -> b);
        HttpResponse<String> missing = server.get("/no/such/page", "text/html");
        assertEquals(404, missing.statusCode());
        assertSecurityHeaders(missing);
    }
}
