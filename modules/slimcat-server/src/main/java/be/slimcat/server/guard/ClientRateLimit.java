// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.guard;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per-client request rate: one token bucket per client IP address (the TCP peer; behind a reverse proxy that
 * is the proxy). A request without a token gets 429 with {@code Retry-After}. Buckets of quiet clients are
 * forgotten once more than {@value #FORGET_ABOVE} clients are tracked.
 */
public final class ClientRateLimit implements Filter {
    static final int FORGET_ABOVE = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(ClientRateLimit.class);

    private final RateLimit limit;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public ClientRateLimit(RateLimit limit) {
        this.limit = limit;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String client = request.getRemoteAddr();
        long now = System.nanoTime();
        long waitNanos = buckets.computeIfAbsent(client, c -> new TokenBucket(limit, now)).take(now);
        if (buckets.size() > FORGET_ABOVE) {
            buckets.values().removeIf(b -> b.isFull(now));
        }
        if (waitNanos > 0) {
            long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(waitNanos + TimeUnit.SECONDS.toNanos(1) - 1));
            LOG.debug("Rate limit: {} refused {}", client, ((HttpServletRequest) request).getRequestURI());
            Refusal.send((HttpServletResponse) response, 429, retryAfter,
                    "Too many requests: this server answers at most " + limit + " per client. Retry after "
                            + retryAfter + " s.");
            return;
        }
        chain.doFilter(request, response);
    }
}
