// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.links;

import java.time.Duration;
import java.util.Objects;

/**
 * How politely and how often links are checked.
 *
 * @param hostDelay   the pause between two requests to the same host (default 1 s)
 * @param concurrency the most hosts checked at the same time, one request at a time each (default 4)
 * @param maxAge      a cached check younger than this is reused instead of asking again (default 7 days)
 */
public record LinkCheckSettings(Duration hostDelay, int concurrency, Duration maxAge) {
    /** Checks that the delay and age are not negative and that at least one host is checked at a time. */
    public LinkCheckSettings {
        Objects.requireNonNull(hostDelay, "hostDelay");
        Objects.requireNonNull(maxAge, "maxAge");
        if (hostDelay.isNegative() || maxAge.isNegative()) {
            throw new IllegalArgumentException("The host delay and the maximum age cannot be negative");
        }
        if (concurrency < 1) {
            throw new IllegalArgumentException("At least one host is checked at a time, not " + concurrency);
        }
    }

    /** 1 s between two requests to a host, 4 hosts at a time, checks reused for 7 days. */
    public static LinkCheckSettings defaults() {
        return new LinkCheckSettings(Duration.ofSeconds(1), 4, Duration.ofDays(7));
    }

    /** These settings with another pause between two requests to the same host. */
    public LinkCheckSettings withHostDelay(Duration delay) {
        return new LinkCheckSettings(delay, concurrency, maxAge);
    }

    /** These settings with another number of hosts checked at the same time. */
    public LinkCheckSettings withConcurrency(int hosts) {
        return new LinkCheckSettings(hostDelay, hosts, maxAge);
    }

    /** These settings with another maximum age of reused checks. */
    public LinkCheckSettings withMaxAge(Duration age) {
        return new LinkCheckSettings(hostDelay, concurrency, age);
    }
}
