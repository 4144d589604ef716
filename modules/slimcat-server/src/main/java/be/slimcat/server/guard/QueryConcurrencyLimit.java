// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.guard;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * At most N requests in the filtered paths at once; one more waits up to the queue wait for a place, then
 * gets 503 with {@code Retry-After}.
 */
public final class QueryConcurrencyLimit implements Filter {
    private final int permits;
    private final Semaphore running;
    private final Duration queueWait;
    private final long retryAfterSeconds;

    public QueryConcurrencyLimit(int permits, Duration queueWait, long retryAfterSeconds) {
        if (permits < 1) {
            throw new IllegalArgumentException("at least 1 concurrent query, not " + permits);
        }
        this.permits = permits;
        this.running = new Semaphore(permits, true);
        this.queueWait = queueWait;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean admitted;
        try {
            admitted = running.tryAcquire(queueWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            Refusal.send((HttpServletResponse) response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, retryAfterSeconds,
                    "Busy: " + permits + " queries are running. Retry after " + retryAfterSeconds + " s.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            running.release();
        }
    }

    /** The places free now (for tests and health). */
    public int available() {
        return running.availablePermits();
    }
}
