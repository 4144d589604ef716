// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.time.Duration;
import java.util.List;

import be.slimcat.server.guard.RateLimit;
import be.slimcat.server.guard.ServiceAllowList;

/** The public endpoint's limits as given to {@code slimcat serve}, checked: a bad value is a usage error (exit 2). */
record EndpointLimits(Duration timeout, long rows, int concurrentQueries, RateLimit rate, long bodyBytes,
        ServiceAllowList services) {

    /** Checks and converts the option values; throws UsageException naming the option. */
    static EndpointLimits of(long timeoutSeconds, long rows, int concurrentQueries, String rate, String body,
            List<String> serviceHosts) {
        if (timeoutSeconds < 1) {
            throw new UsageException("--query-timeout must be at least 1 second, not " + timeoutSeconds);
        }
        if (rows < 1) {
            throw new UsageException("--max-rows must be at least 1, not " + rows);
        }
        if (concurrentQueries < 1) {
            throw new UsageException("--max-concurrent-queries must be at least 1, not " + concurrentQueries);
        }
        RateLimit rateLimit;
        ServiceAllowList services;
        try {
            rateLimit = rate.strip().equalsIgnoreCase("off") ? null : RateLimit.parse(rate);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--rate-limit: " + e.getMessage());
        }
        try {
            services = ServiceAllowList.of(serviceHosts);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--service-allow: " + e.getMessage());
        }
        return new EndpointLimits(Duration.ofSeconds(timeoutSeconds), rows, concurrentQueries, rateLimit,
                ByteSize.parse("--max-body", body), services);
    }

    /** One line for the serve banner. */
    @Override
    public String toString() {
        return String.format("timeout %d s, %d rows, %d queries at once, %s per client, body %d bytes, SERVICE %s",
                timeout.toSeconds(), rows, concurrentQueries, rate == null ? "no rate limit" : rate, bodyBytes,
                services.isEnabled() ? "to " + services : "off");
    }
}
