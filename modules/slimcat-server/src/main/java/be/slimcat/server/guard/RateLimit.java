// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.guard;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request rate: at most {@code requests} per {@code period}, as {@code 10/s}, {@code 600/min} or {@code 5000/h}.
 * A client may spend the whole allowance at once; it comes back evenly over the period.
 */
public record RateLimit(long requests, Duration period) {
    private static final Pattern SYNTAX = Pattern.compile("(\\d{1,9})\\s*/\\s*(s|sec|second|min|minute|h|hour)");

    public RateLimit {
        if (requests < 1) {
            throw new IllegalArgumentException("a rate limit allows at least 1 request, not " + requests);
        }
        if (period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("a rate limit's period must be positive, not " + period);
        }
    }

    /** Parses {@code N/s}, {@code N/min} or {@code N/h}; throws IllegalArgumentException saying what is expected. */
    public static RateLimit parse(String text) {
        Matcher m = SYNTAX.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("a rate is written REQUESTS/PERIOD with PERIOD s, min or h (e.g. 10/s or 600/min), not '"
                    + text + "'");
        }
        Duration period = switch (m.group(2)) {
            case "s", "sec", "second" -> Duration.ofSeconds(1);
            case "min", "minute" -> Duration.ofMinutes(1);
            default -> Duration.ofHours(1);
        };
        return new RateLimit(Long.parseLong(m.group(1)), period);
    }

    /** Requests allowed back per nanosecond. */
    double refillPerNano() {
        return (double) requests / period.toNanos();
    }

    @Override
    public String toString() {
        String unit = period.equals(Duration.ofSeconds(1)) ? "s" : period.equals(Duration.ofMinutes(1)) ? "min"
                : period.equals(Duration.ofHours(1)) ? "h" : period.toString();
        return requests + "/" + unit;
    }
}
