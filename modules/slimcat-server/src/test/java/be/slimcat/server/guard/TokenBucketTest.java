// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The token bucket's arithmetic with time passed in (no clocks), and the rate syntax. */
class TokenBucketTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void the_whole_allowance_can_be_spent_at_once_then_it_comes_back_evenly() {
        TokenBucket bucket = new TokenBucket(RateLimit.parse("3/s"), 0);
        assertEquals(0, bucket.take(0));
        assertEquals(0, bucket.take(0));
        assertEquals(0, bucket.take(0));
        // nanoseconds come from floating-point arithmetic: exact to 1 ns
        assertEquals(333_333_334d, bucket.take(0), 1d, "a third of a second until the next token");
        assertEquals(166_666_667d, bucket.take(SECOND / 6), 1d, "half a token is back after 1/6 s");
        assertEquals(0, bucket.take(SECOND / 3 + 1));
        assertFalse(bucket.isFull(SECOND));
        assertTrue(bucket.isFull(2 * SECOND));
    }

    @Test
    void quiet_time_does_not_grow_the_allowance_beyond_its_size() {
        TokenBucket bucket = new TokenBucket(RateLimit.parse("2/min"), 0);
        assertEquals(0, bucket.take(3600 * SECOND));
        assertEquals(0, bucket.take(3600 * SECOND));
        assertEquals(30 * SECOND, bucket.take(3600 * SECOND));
    }

    @Test
    void rates_are_parsed_and_bad_ones_explained() {
        assertEquals(new RateLimit(600, Duration.ofMinutes(1)), RateLimit.parse(" 600 / min "));
        assertEquals(new RateLimit(5000, Duration.ofHours(1)), RateLimit.parse("5000/h"));
        assertEquals("10/s", RateLimit.parse("10/second").toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RateLimit.parse("10 per second"));
        assertEquals("a rate is written REQUESTS/PERIOD with PERIOD s, min or h (e.g. 10/s or 600/min), not '10 per second'",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RateLimit.parse("0/s"));
    }
}
