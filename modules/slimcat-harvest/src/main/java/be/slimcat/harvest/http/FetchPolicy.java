// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.http;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The limits every request of a harvest runs under.
 *
 * @param connectTimeout       the longest to wait for a connection and the response headers (default 15 s)
 * @param idleTimeout          the longest the body may pause between two reads (default 30 s)
 * @param deadline             the longest one response may take, headers to last byte (default 120 s)
 * @param maxBytes             the most bytes read from the wire for one response (default 64 MiB)
 * @param maxDecompressedBytes the most bytes one response may expand to after gzip (default 256 MiB)
 * @param maxRedirects         the most redirects followed for one request (default 5)
 * @param maxRetries           the most retries after a 429, a 5xx or a broken connection (default 3)
 * @param firstBackoff         the wait before the first retry, doubled for each next one (default 1 s)
 * @param maxRetryAfter        the longest wait honoured from a Retry-After header (default 120 s)
 * @param perHostConcurrency   the most requests in flight to one host (default 2)
 * @param userAgent            the User-Agent header
 * @param privateHostsAllowed  host names or addresses that may resolve to loopback, link-local or private
 *                             addresses (default none: such requests are refused)
 */
public record FetchPolicy(Duration connectTimeout, Duration idleTimeout, Duration deadline, long maxBytes,
        long maxDecompressedBytes, int maxRedirects, int maxRetries, Duration firstBackoff, Duration maxRetryAfter,
        int perHostConcurrency, String userAgent, Set<String> privateHostsAllowed) {

    /** The User-Agent SlimCat sends: names the tool and where to read about it. */
    public static final String USER_AGENT = "SlimCat-harvester/0.1 (+https://data.slimcat.be; open-data catalogue of"
            + " the Flemish smart-city ecosystem)";

    public FetchPolicy {
        privateHostsAllowed = privateHostsAllowed.stream().map(h -> h.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The defaults stated above. */
    public static FetchPolicy defaults() {
        return new FetchPolicy(Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofSeconds(120), 64L << 20,
                256L << 20, 5, 3, Duration.ofSeconds(1), Duration.ofSeconds(120), 2, USER_AGENT, Set.of());
    }

    /** A copy that lets these hosts resolve to private addresses. */
    public FetchPolicy allowingPrivateHosts(Set<String> hosts) {
        return new FetchPolicy(connectTimeout, idleTimeout, deadline, maxBytes, maxDecompressedBytes, maxRedirects,
                maxRetries, firstBackoff, maxRetryAfter, perHostConcurrency, userAgent, hosts);
    }

    /** A copy with other timeouts. */
    public FetchPolicy withTimeouts(Duration connect, Duration idle, Duration total) {
        return new FetchPolicy(connect, idle, total, maxBytes, maxDecompressedBytes, maxRedirects, maxRetries,
                firstBackoff, maxRetryAfter, perHostConcurrency, userAgent, privateHostsAllowed);
    }

    /** A copy with other size limits. */
    public FetchPolicy withSizeLimits(long wire, long decompressed) {
        return new FetchPolicy(connectTimeout, idleTimeout, deadline, wire, decompressed, maxRedirects, maxRetries,
                firstBackoff, maxRetryAfter, perHostConcurrency, userAgent, privateHostsAllowed);
    }

    /** A copy that sends another User-Agent header. */
    public FetchPolicy withUserAgent(String agent) {
        return new FetchPolicy(connectTimeout, idleTimeout, deadline, maxBytes, maxDecompressedBytes, maxRedirects,
                maxRetries, firstBackoff, maxRetryAfter, perHostConcurrency, agent, privateHostsAllowed);
    }

    /** A copy with another retry schedule. */
    public FetchPolicy withRetries(int retries, Duration backoff, Duration retryAfterCap) {
        return new FetchPolicy(connectTimeout, idleTimeout, deadline, maxBytes, maxDecompressedBytes, maxRedirects,
                retries, backoff, retryAfterCap, perHostConcurrency, userAgent, privateHostsAllowed);
    }
}
