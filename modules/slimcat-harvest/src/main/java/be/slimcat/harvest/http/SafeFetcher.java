// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.http;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.slimcat.harvest.http.FetchException.Reason;

/**
 * Fetches untrusted URLs under a {@link FetchPolicy}: only http(s), no internal addresses, redirects
 * followed by hand and checked hop by hop (never https to http), a timeout for the headers, an idle
 * timeout and a deadline for the body enforced by a watchdog that closes the stream, limits on the
 * bytes read and on the bytes after gzip, retries with backoff on 429 and 5xx honouring
 * Retry-After, and a bound on concurrent requests per host.
 */
public final class SafeFetcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SafeFetcher.class);
    private static final Set<Integer> RETRIED = Set.of(429, 500, 502, 503, 504);
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final FetchPolicy policy;
    private final AddressGuard guard;
    private final HttpClient client;
    private final ScheduledExecutorService watchdog;
    private final Map<String, Semaphore> hostPermits = new ConcurrentHashMap<>();

    public SafeFetcher(FetchPolicy policy) {
        this.policy = policy;
        this.guard = new AddressGuard(policy.privateHostsAllowed());
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(policy.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "slimcat-fetch-watchdog");
            t.setDaemon(true);
            return t;
        });
    }

    /** The policy in force. */
    public FetchPolicy policy() {
        return policy;
    }

    /** GETs the URL with the given extra headers, retrying and following redirects as the policy allows. */
    public FetchedResponse get(URI uri, Map<String, String> headers) {
        for (int attempt = 0;; attempt++) {
            try {
                return followRedirects(uri, headers);
            } catch (Retry retry) {
                if (attempt >= policy.maxRetries()) {
                    throw retry.failure;
                }
                Duration wait = retry.retryAfter != null ? min(retry.retryAfter, policy.maxRetryAfter())
                        : policy.firstBackoff().multipliedBy(1L << attempt);
                LOG.warn("{} (attempt {} of {}); retrying in {} ms", retry.failure.getMessage(), attempt + 1,
                        policy.maxRetries() + 1, wait.toMillis());
                sleep(wait, uri);
            }
        }
    }

    private FetchedResponse followRedirects(URI requested, Map<String, String> headers) throws Retry {
        Set<URI> seen = new HashSet<>();
        URI current = requested;
        for (int hop = 0;; hop++) {
            guard.check(current);
            if (!seen.add(current)) {
                throw new FetchException(Reason.REDIRECTS, requested, 0, "redirect loop at " + current);
            }
            Exchange exchange = exchange(current, headers);
            if (!REDIRECTS.contains(exchange.status)) {
                return finish(requested, current, exchange);
            }
            if (hop >= policy.maxRedirects()) {
                throw new FetchException(Reason.REDIRECTS, requested, exchange.status,
                        "more than " + policy.maxRedirects() + " redirects");
            }
            URI next = redirectTarget(current, exchange);
            if (isDowngrade(current, next)) {
                throw new FetchException(Reason.REFUSED, requested, exchange.status,
                        "redirect from https to http (" + next + ") refused");
            }
            current = next;
        }
    }

    /** True for a redirect from https to plain http, which would expose the request. */
    static boolean isDowngrade(URI from, URI to) {
        return "https".equalsIgnoreCase(from.getScheme()) && !"https".equalsIgnoreCase(to.getScheme());
    }

    private static URI redirectTarget(URI current, Exchange exchange) {
        String location = exchange.location;
        if (location == null || location.isBlank()) {
            throw new FetchException(Reason.REDIRECTS, current, exchange.status, "redirect without a Location header");
        }
        try {
            return current.resolve(location.trim());
        } catch (IllegalArgumentException e) {
            throw new FetchException(Reason.REDIRECTS, current, exchange.status, "redirect to an invalid URL '" + location + "'", e);
        }
    }

    private FetchedResponse finish(URI requested, URI current, Exchange exchange) throws Retry {
        if (RETRIED.contains(exchange.status)) {
            throw new Retry(new FetchException(Reason.UNREACHABLE, current, exchange.status, "HTTP " + exchange.status),
                    exchange.retryAfter);
        }
        if (exchange.status < 200 || exchange.status >= 300) {
            throw new FetchException(Reason.HTTP_STATUS, current, exchange.status, "HTTP " + exchange.status);
        }
        return new FetchedResponse(requested, current, exchange.status, exchange.contentType, exchange.charset, exchange.body);
    }

    /** One request and its complete, bounded body. */
    private Exchange exchange(URI uri, Map<String, String> headers) throws Retry {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(min(policy.connectTimeout(), policy.deadline()))
                .header("User-Agent", policy.userAgent())
                .header("Accept-Encoding", "gzip")
                .GET();
        headers.forEach(request::header);
        Semaphore permits = hostPermits.computeIfAbsent(uri.getHost().toLowerCase(Locale.ROOT),
                h -> new Semaphore(policy.perHostConcurrency()));
        acquire(permits, uri);
        long start = System.nanoTime();
        try {
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                Exchange exchange = new Exchange(response);
                if (REDIRECTS.contains(exchange.status) || RETRIED.contains(exchange.status)) {
                    return exchange;
                }
                exchange.body = readBody(uri, response, in, start);
                return exchange;
            }
        } catch (HttpTimeoutException e) {
            throw new FetchException(Reason.TIMEOUT, uri, 0, "no response within " + policy.connectTimeout().toSeconds() + " s", e);
        } catch (IOException e) {
            throw new Retry(new FetchException(Reason.UNREACHABLE, uri, 0, "cannot connect: " + e, e), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(Reason.UNREACHABLE, uri, 0, "interrupted", e);
        } finally {
            permits.release();
        }
    }

    private byte[] readBody(URI uri, HttpResponse<InputStream> response, InputStream in, long startNanos) {
        OptionalLong declared = response.headers().firstValueAsLong("Content-Length");
        if (declared.isPresent() && declared.getAsLong() > policy.maxBytes()) {
            throw new FetchException(Reason.TOO_LARGE, uri, response.statusCode(), "announces " + declared.getAsLong()
                    + " bytes, more than the limit of " + policy.maxBytes());
        }
        AtomicLong lastRead = new AtomicLong(System.nanoTime());
        AtomicBoolean timedOut = new AtomicBoolean();
        long deadlineAt = startNanos + policy.deadline().toNanos();
        long idleNanos = policy.idleTimeout().toNanos();
        ScheduledFuture<?> dog = watchdog.scheduleAtFixedRate(() -> {
            long now = System.nanoTime();
            if (now > deadlineAt || now - lastRead.get() > idleNanos) {
                timedOut.set(true);
                closeQuietly(in);
            }
        }, 20, 20, TimeUnit.MILLISECONDS);
        LimitedInputStream wire = new LimitedInputStream(in, policy.maxBytes(), () -> lastRead.set(System.nanoTime()));
        boolean gzip = response.headers().firstValue("Content-Encoding").map(v -> v.trim().equalsIgnoreCase("gzip")).orElse(false);
        try {
            InputStream decoded = gzip ? new LimitedInputStream(new GZIPInputStream(wire, 8192), policy.maxDecompressedBytes(), () -> { })
                    : wire;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            decoded.transferTo(out);
            if (declared.isPresent() && wire.count() < declared.getAsLong()) {
                throw new FetchException(Reason.TRUNCATED, uri, response.statusCode(),
                        "body ended after " + wire.count() + " of " + declared.getAsLong() + " bytes");
            }
            return out.toByteArray();
        } catch (LimitedInputStream.LimitExceededException e) {
            String where = wire.count() > policy.maxBytes() ? "the limit of " + policy.maxBytes() + " bytes"
                    : "the limit of " + policy.maxDecompressedBytes() + " bytes after decompression";
            throw new FetchException(Reason.TOO_LARGE, uri, response.statusCode(), "body larger than " + where, e);
        } catch (ZipException | EOFException e) {
            throw new FetchException(Reason.TRUNCATED, uri, response.statusCode(), "broken or truncated gzip body", e);
        } catch (IOException e) {
            if (timedOut.get()) {
                boolean overDeadline = System.nanoTime() > deadlineAt;
                throw new FetchException(Reason.TIMEOUT, uri, response.statusCode(), overDeadline
                        ? "response not complete within the deadline of " + policy.deadline().toSeconds() + " s"
                        : "body stalled for more than " + policy.idleTimeout().toMillis() + " ms", e);
            }
            throw new FetchException(Reason.TRUNCATED, uri, response.statusCode(), "body broken off after " + wire.count()
                    + " bytes: " + e.getMessage(), e);
        } finally {
            dog.cancel(false);
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // closing is how the watchdog interrupts a blocked read; a failure to close changes nothing
        }
    }

    private static void acquire(Semaphore permits, URI uri) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(Reason.UNREACHABLE, uri, 0, "interrupted", e);
        }
    }

    private static void sleep(Duration wait, URI uri) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(Reason.UNREACHABLE, uri, 0, "interrupted", e);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Parses Retry-After as seconds or as an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
    }

    /** What one request returned, before the status is judged. */
    private static final class Exchange {
        final int status;
        final String location;
        final Duration retryAfter;
        final String contentType;
        final java.nio.charset.Charset charset;
        byte[] body = new byte[0];

        Exchange(HttpResponse<InputStream> response) {
            this.status = response.statusCode();
            this.location = response.headers().firstValue("Location").orElse(null);
            this.retryAfter = retryAfter(response.headers().firstValue("Retry-After").orElse(null));
            this.contentType = FetchedResponse.mediaType(response.headers().firstValue("Content-Type"));
            this.charset = FetchedResponse.charset(response.headers().firstValue("Content-Type"));
        }
    }

    /** A failure worth another attempt. */
    private static final class Retry extends Exception {
        final transient FetchException failure;
        final transient Duration retryAfter;

        Retry(FetchException failure, Duration retryAfter) {
            super(failure.getMessage(), null, false, false);
            this.failure = failure;
            this.retryAfter = retryAfter;
        }
    }
}
