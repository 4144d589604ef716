// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.guard;

/**
 * One client's allowance: holds up to {@code capacity} tokens, refilled continuously; a request takes one.
 * Time is passed in (nanoseconds from {@link System#nanoTime()}), so the arithmetic is testable.
 */
final class TokenBucket {
    private final double capacity;
    private final double refillPerNano;
    private double tokens;
    private long updated;

    TokenBucket(RateLimit limit, long now) {
        this.capacity = limit.requests();
        this.refillPerNano = limit.refillPerNano();
        this.tokens = capacity;
        this.updated = now;
    }

    /** Takes a token: 0 when granted, else the nanoseconds until one is available. */
    synchronized long take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / refillPerNano);
    }

    /** Whether the bucket is full again (the client has been quiet), so it can be forgotten. */
    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        long elapsed = now - updated;
        if (elapsed > 0) {
            tokens = Math.min(capacity, tokens + elapsed * refillPerNano);
            updated = now;
        }
    }
}
