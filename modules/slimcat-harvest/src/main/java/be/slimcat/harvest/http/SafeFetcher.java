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
 * Retry-After, and a bound on concurrent requests per host. {@link #get} reads whole bodies;
 * {@link #probe} asks only for the status, as a link check does.
 */
public final class SafeFetcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SafeFetcher.class);
    private static final Set<Integer> RETRIED = Set.of(429, 500, 502, 503, 504);
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    /** The most bytes of the body a probe GET reads before it closes the response. */
    public static final int PROBE_BODY_BYTES = 16 * 1024;

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
        return retrying(uri, last -> {
            Answer answer = followRedirects(uri, headers, Kind.FETCH);
            return finish(uri, answer.uri(), answer.exchange());
        });
    }

    /**
     * Asks for the URL the way a link check does, under the same rules as {@link #get}: HEAD, or a GET that
     * reads at most {@link #PROBE_BODY_BYTES} of the body and drops it. Redirects are followed and 429 and
     * 5xx answers retried as the policy allows; the status of the final answer is returned whatever it is.
     *
     * @throws FetchException when no final HTTP answer came: refused by the policy, unreachable, timed out,
     *                        or too many redirects
     */
    public ProbeResult probe(URI uri, ProbeMethod method) {
        return retrying(uri, last -> {
            Answer answer = followRedirects(uri, Map.of(), method == ProbeMethod.HEAD ? Kind.HEAD : Kind.PROBE_GET);
            int status = answer.exchange().status;
            if (RETRIED.contains(status) && !last) {
                throw new Retry(new FetchException(Reason.UNREACHABLE, answer.uri(), status, "HTTP " + status),
                        answer.exchange().retryAfter);
            }
            return new ProbeResult(uri, answer.uri(), status);
        });
    }

    private <T> T retrying(URI uri, Attempt<T> attempt) {
        for (int n = 0;; n++) {
            boolean last = n >= policy.maxRetries();
            try {
                return attempt.run(last);
            } catch (Retry retry) {
                if (last) {
                    throw retry.failure;
                }
                Duration wait = retry.retryAfter != null ? min(retry.retryAfter, policy.maxRetryAfter())
                        : policy.firstBackoff().multipliedBy(1L << n);
                LOG.warn("{} (attempt {} of {}); retrying in {} ms", retry.failure.getMessage(), n + 1,
                        policy.maxRetries() + 1, wait.toMillis());
                sleep(wait, uri);
            }
        }
    }

    private Answer followRedirects(URI requested, Map<String, String> headers, Kind kind) throws Retry {
        Set<URI> seen = new HashSet<>();
        URI current = requested;
        for (int hop = 0;; hop++) {
            guard.check(current);
            if (!seen.add(current)) {
                throw new FetchException(Reason.REDIRECTS, requested, 0, "redirect loop at " + current);
            }
            Exchange exchange = exchange(current, headers, kind);
            if (!REDIRECTS.contains(exchange.status)) {
                return new Answer(current, exchange);
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

    /** One request and, for a fetch, its complete, bounded body; for a probe GET, at most the start of it. */
    private Exchange exchange(URI uri, Map<String, String> headers, Kind kind) throws Retry {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(min(policy.connectTimeout(), policy.deadline()))
                .header("User-Agent", policy.userAgent());
        switch (kind) {
            case FETCH -> request.header("Accept-Encoding", "gzip").GET();
            case HEAD -> request.method("HEAD", HttpRequest.BodyPublishers.noBody());
            case PROBE_GET -> request.GET();
        }
        headers.forEach(request::header);
        Semaphore permits = hostPermits.computeIfAbsent(uri.getHost().toLowerCase(Locale.ROOT),
                h -> new Semaphore(policy.perHostConcurrency()));
        acquire(permits, uri);
        long start = System.nanoTime();
        try {
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                Exchange exchange = new Exchange(response);
                if (REDIRECTS.contains(exchange.status) || RETRIED.contains(exchange.status) || kind == Kind.HEAD) {
                    return exchange;
                }
                if (kind == Kind.PROBE_GET) {
                    skipStart(uri, in, start);
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

    /**
     * Reads and drops at most {@link #PROBE_BODY_BYTES} of a probe's body under the idle timeout and the
     * deadline; the status is known already, so a body that breaks off changes nothing.
     */
    private void skipStart(URI uri, InputStream in, long startNanos) {
        AtomicLong lastRead = new AtomicLong(System.nanoTime());
        ScheduledFuture<?> dog = watch(in, startNanos, lastRead, new AtomicBoolean());
        byte[] buffer = new byte[8192];
        try {
            long left = PROBE_BODY_BYTES;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    break;
                }
                left -= n;
                lastRead.set(System.nanoTime());
            }
        } catch (IOException e) {
            LOG.debug("{}: body of the probe broken off: {}", uri, e.toString());
        } finally {
            dog.cancel(false);
        }
    }

    /** Closes the stream when the deadline passes or no byte came for the idle timeout, and says so. */
    private ScheduledFuture<?> watch(InputStream in, long startNanos, AtomicLong lastRead, AtomicBoolean timedOut) {
        long deadlineAt = startNanos + policy.deadline().toNanos();
        long idleNanos = policy.idleTimeout().toNanos();
        return watchdog.scheduleAtFixedRate(() -> {
            long now = System.nanoTime();
            if (now > deadlineAt || now - lastRead.get() > idleNanos) {
                timedOut.set(true);
                closeQuietly(in);
            }
        }, 20, 20, TimeUnit.MILLISECONDS);
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
        ScheduledFuture<?> dog = watch(in, startNanos, lastRead, timedOut);
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

    /** What a request is for: a whole body, a HEAD, or a GET that looks at the start of the body only. */
    private enum Kind { FETCH, HEAD, PROBE_GET }

    /** One attempt of a request with its redirects; {@code last} when no retry follows. */
    @FunctionalInterface
    private interface Attempt<T> {
        T run(boolean last) throws Retry;
    }

    /** The final answer of a request and the URL that gave it. */
    private record Answer(URI uri, Exchange exchange) { }

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
