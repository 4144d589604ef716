// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import be.slimcat.harvest.LocalServer;
import be.slimcat.harvest.http.FetchException.Reason;

class SafeFetcherTest {
    private LocalServer server;
    private SafeFetcher fetcher;

    private static FetchPolicy policy() {
        return FetchPolicy.defaults()
                .allowingPrivateHosts(Set.of("127.0.0.1"))
                .withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(300), Duration.ofSeconds(5))
                .withRetries(2, Duration.ofMillis(20), Duration.ofSeconds(2));
    }

    @BeforeEach
    void start() throws IOException {
        server = new LocalServer();
        fetcher = new SafeFetcher(policy());
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    private FetchException failure(String path) {
        return assertThrows(FetchException.class, () -> fetcher.get(server.uri(path), Map.of()));
    }

    @Test
    void plain_and_gzip_bodies_are_read_with_their_media_type() throws IOException {
        server.respond("/plain", 200, "text/turtle; charset=utf-8", "<a:b> <a:c> \"é\" .");
        byte[] zipped = gzip("hello gzip".getBytes());
        server.on("/gzip", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            LocalServer.send(ex, 200, "application/json", zipped);
        });
        FetchedResponse plain = fetcher.get(server.uri("/plain"), Map.of("Accept", "text/turtle"));
        assertEquals("text/turtle", plain.contentType());
        assertEquals("<a:b> <a:c> \"é\" .", plain.text());
        assertEquals("hello gzip", fetcher.get(server.uri("/gzip"), Map.of()).text());
    }

    @Test
    void server_errors_are_retried_until_they_pass() {
        AtomicInteger calls = new AtomicInteger();
        server.on("/flaky", ex -> {
            if (calls.incrementAndGet() <= 2) {
                LocalServer.send(ex, 500, "text/plain", "boom".getBytes());
            } else {
                LocalServer.send(ex, 200, "text/plain", "ok".getBytes());
            }
        });
        assertEquals("ok", fetcher.get(server.uri("/flaky"), Map.of()).text());
        assertEquals(3, server.hits("/flaky"));
    }

    @Test
    void a_source_that_stays_down_fails_after_the_retries() {
        server.respond("/down", 503, "text/plain", "unavailable");
        FetchException e = failure("/down");
        assertEquals(Reason.UNREACHABLE, e.reason());
        assertEquals(503, e.status());
        assertEquals(3, server.hits("/down"));
    }

    @Test
    void retry_after_is_honoured() {
        AtomicInteger calls = new AtomicInteger();
        server.on("/busy", ex -> {
            if (calls.incrementAndGet() == 1) {
                ex.getResponseHeaders().set("Retry-After", "1");
                LocalServer.send(ex, 429, "text/plain", "slow down".getBytes());
            } else {
                LocalServer.send(ex, 200, "text/plain", "ok".getBytes());
            }
        });
        long start = System.nanoTime();
        assertEquals("ok", fetcher.get(server.uri("/busy"), Map.of()).text());
        assertTrue(System.nanoTime() - start >= Duration.ofMillis(950).toNanos(), "waited for Retry-After");
        assertEquals(2, server.hits("/busy"));
    }

    @Test
    void client_errors_are_not_retried() {
        server.respond("/missing", 404, "text/plain", "no");
        FetchException e = failure("/missing");
        assertEquals(Reason.HTTP_STATUS, e.reason());
        assertEquals(404, e.status());
        assertEquals(1, server.hits("/missing"));
    }

    @Test
    void a_body_that_stalls_is_cut_off_by_the_idle_timeout() {
        server.on("/stall", ex -> {
            ex.sendResponseHeaders(200, 1000);
            OutputStream out = ex.getResponseBody();
            out.write(new byte[10]);
            out.flush();
            sleep(4000);
        });
        FetchException e = failure("/stall");
        assertEquals(Reason.TIMEOUT, e.reason());
        assertTrue(e.getMessage().contains("stalled"), e.getMessage());
    }

    @Test
    void a_truncated_body_is_reported() {
        server.on("/truncated", ex -> {
            ex.sendResponseHeaders(200, 1000);
            ex.getResponseBody().write(new byte[100]);
            ex.getResponseBody().flush();
            ex.getHttpContext().getServer();
            throw new IOException("drop the connection");
        });
        FetchException e = failure("/truncated");
        assertEquals(Reason.TRUNCATED, e.reason(), e.getMessage());
    }

    @Test
    void oversized_bodies_are_refused_with_and_without_content_length() {
        FetchPolicy small = policy().withSizeLimits(1000, 10_000);
        try (SafeFetcher limited = new SafeFetcher(small)) {
            server.on("/big", ex -> LocalServer.send(ex, 200, "text/plain", new byte[5000]));
            server.on("/big-chunked", ex -> {
                ex.sendResponseHeaders(200, 0);
                ex.getResponseBody().write(new byte[5000]);
            });
            FetchException announced = assertThrows(FetchException.class, () -> limited.get(server.uri("/big"), Map.of()));
            assertEquals(Reason.TOO_LARGE, announced.reason());
            FetchException streamed = assertThrows(FetchException.class, () -> limited.get(server.uri("/big-chunked"), Map.of()));
            assertEquals(Reason.TOO_LARGE, streamed.reason());
        }
    }

    @Test
    void a_gzip_bomb_is_stopped_by_the_decompressed_limit() throws IOException {
        byte[] bomb = gzip(new byte[20 << 20]);
        assertTrue(bomb.length < 100_000, "the bomb is small on the wire");
        server.on("/bomb", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            LocalServer.send(ex, 200, "application/json", bomb);
        });
        try (SafeFetcher limited = new SafeFetcher(policy().withSizeLimits(1 << 20, 1 << 20))) {
            FetchException e = assertThrows(FetchException.class, () -> limited.get(server.uri("/bomb"), Map.of()));
            assertEquals(Reason.TOO_LARGE, e.reason());
            assertTrue(e.getMessage().contains("after decompression"), e.getMessage());
        }
    }

    @Test
    void redirects_are_followed_and_loops_stopped() {
        server.on("/from", ex -> {
            ex.getResponseHeaders().set("Location", "/to?x=1");
            LocalServer.send(ex, 302, null, new byte[0]);
        });
        server.respond("/to", 200, "text/plain", "arrived");
        FetchedResponse response = fetcher.get(server.uri("/from"), Map.of());
        assertEquals("arrived", response.text());
        assertEquals(server.uri("/to?x=1"), response.uri());

        server.on("/a", ex -> {
            ex.getResponseHeaders().set("Location", "/b");
            LocalServer.send(ex, 301, null, new byte[0]);
        });
        server.on("/b", ex -> {
            ex.getResponseHeaders().set("Location", "/a");
            LocalServer.send(ex, 301, null, new byte[0]);
        });
        assertEquals(Reason.REDIRECTS, failure("/a").reason());
    }

    @Test
    void redirects_to_private_addresses_and_other_schemes_are_refused() {
        server.on("/to-private", ex -> {
            ex.getResponseHeaders().set("Location", "http://10.1.2.3/admin");
            LocalServer.send(ex, 302, null, new byte[0]);
        });
        server.on("/to-metadata", ex -> {
            ex.getResponseHeaders().set("Location", "http://169.254.169.254/latest/meta-data/");
            LocalServer.send(ex, 307, null, new byte[0]);
        });
        server.on("/to-file", ex -> {
            ex.getResponseHeaders().set("Location", "file:///etc/passwd");
            LocalServer.send(ex, 302, null, new byte[0]);
        });
        FetchException toPrivate = failure("/to-private");
        assertEquals(Reason.REFUSED, toPrivate.reason());
        assertTrue(toPrivate.getMessage().contains("10.1.2.3"), toPrivate.getMessage());
        assertEquals(Reason.REFUSED, failure("/to-metadata").reason());
        assertEquals(Reason.REFUSED, failure("/to-file").reason());
    }

    @Test
    void loopback_is_refused_unless_allowed() {
        server.respond("/local", 200, "text/plain", "secret");
        try (SafeFetcher strict = new SafeFetcher(FetchPolicy.defaults())) {
            FetchException e = assertThrows(FetchException.class, () -> strict.get(server.uri("/local"), Map.of()));
            assertEquals(Reason.REFUSED, e.reason());
        }
        assertEquals(0, server.hits("/local"));
    }

    @Test
    void a_probe_sends_head_and_returns_any_final_status_without_throwing() {
        java.util.List<String> methods = new java.util.concurrent.CopyOnWriteArrayList<>();
        server.on("/gone", ex -> {
            methods.add(ex.getRequestMethod());
            LocalServer.send(ex, 404, "text/plain", new byte[0]);
        });
        server.on("/moved", ex -> {
            methods.add(ex.getRequestMethod());
            ex.getResponseHeaders().set("Location", "/gone");
            LocalServer.send(ex, 301, null, new byte[0]);
        });
        ProbeResult gone = fetcher.probe(server.uri("/gone"), ProbeMethod.HEAD);
        assertEquals(404, gone.status());
        ProbeResult moved = fetcher.probe(server.uri("/moved"), ProbeMethod.HEAD);
        assertEquals(404, moved.status());
        assertEquals(server.uri("/moved"), moved.requested());
        assertEquals(server.uri("/gone"), moved.uri());
        assertEquals(java.util.List.of("HEAD", "HEAD", "HEAD"), methods);
    }

    @Test
    void a_probe_retries_a_server_error_and_returns_the_last_status() {
        server.respond("/down", 503, "text/plain", "unavailable");
        assertEquals(503, fetcher.probe(server.uri("/down"), ProbeMethod.HEAD).status());
        assertEquals(3, server.hits("/down"), "the first try and the policy's two retries");
    }

    @Test
    void a_probe_get_reads_only_the_start_of_a_large_body() throws InterruptedException {
        AtomicLong written = new AtomicLong();
        CountDownLatch done = new CountDownLatch(1);
        server.on("/huge", ex -> {
            ex.sendResponseHeaders(200, 1L << 30);
            byte[] chunk = new byte[64 * 1024];
            try (OutputStream out = ex.getResponseBody()) {
                while (written.get() < 1L << 30) {
                    out.write(chunk);
                    written.addAndGet(chunk.length);
                }
            } catch (IOException closedByTheClient) {
                // the probe closed the connection: what was written so far is what the test looks at
            } finally {
                done.countDown();
            }
        });
        ProbeResult result = fetcher.probe(server.uri("/huge"), ProbeMethod.GET);
        assertEquals(200, result.status(), "a 1 GiB body beyond the policy's limits does not matter to a probe");
        assertTrue(done.await(10, TimeUnit.SECONDS), "the server saw the connection closed");
        assertTrue(written.get() < 32L << 20, "the probe stopped reading early; the server wrote " + written.get() + " bytes");
    }

    @Test
    void a_probe_is_refused_like_a_fetch() {
        server.respond("/local", 200, "text/plain", "secret");
        try (SafeFetcher strict = new SafeFetcher(FetchPolicy.defaults())) {
            FetchException e = assertThrows(FetchException.class, () -> strict.probe(server.uri("/local"), ProbeMethod.HEAD));
            assertEquals(Reason.REFUSED, e.reason());
        }
        assertEquals(0, server.hits("/local"));
    }

    @Test
    void internal_address_ranges_are_recognised() throws Exception {
        for (String internal : new String[] {"127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254",
            "0.0.0.0", "100.64.0.1", "::1", "fe80::1", "fd00::1", "224.0.0.1"}) {
            assertTrue(AddressGuard.isInternal(java.net.InetAddress.getByName(internal)), internal);
        }
        for (String external : new String[] {"193.191.168.1", "8.8.8.8", "2001:4860:4860::8888"}) {
            assertTrue(!AddressGuard.isInternal(java.net.InetAddress.getByName(external)), external);
        }
    }

    @Test
    void retry_after_accepts_seconds_and_http_dates() {
        assertEquals(Duration.ofSeconds(7), SafeFetcher.retryAfter("7"));
        assertEquals(null, SafeFetcher.retryAfter("soon"));
        Duration fromDate = SafeFetcher.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT");
        assertEquals(Duration.ZERO, fromDate);
    }

    @Test
    void https_to_http_redirects_count_as_downgrades() {
        URI https = URI.create("https://portal.example/catalog");
        assertTrue(SafeFetcher.isDowngrade(https, https.resolve("http://portal.example/x")));
        assertTrue(!SafeFetcher.isDowngrade(https, https.resolve("/page/2")));
        assertTrue(!SafeFetcher.isDowngrade(URI.create("http://portal.example/"), https));
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(data);
        }
        return bytes.toByteArray();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
