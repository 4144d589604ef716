// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.time.Duration;
import java.util.Collection;
import java.util.Set;

import org.apache.jena.graph.Graph;

import be.slimcat.harvest.links.DistributionUrls;
import be.slimcat.harvest.links.LinkCheckCache;
import be.slimcat.harvest.links.LinkCheckResults;
import be.slimcat.harvest.links.LinkCheckSettings;
import be.slimcat.harvest.links.LinkChecker;
import picocli.CommandLine.Option;

/**
 * The link-check options, for every command that can check the access and download URLs of the
 * records it reads: whether to check, the pause between two requests to a host, and how long a stored
 * check is reused (for commands that keep checks in {@code {base}/graph/link-checks}).
 */
final class LinkCheckOptions {
    @Option(names = "--check-links", description = "Check the access and download URLs of the distributions (HEAD, else"
            + " GET; one request at a time per host, each URL once). Their HTTP statuses give the MQA accessibility points.")
    boolean checkLinks;

    @Option(names = "--link-delay", paramLabel = "MS",
            description = "With --check-links: milliseconds between two requests to the same host (default: 1000).")
    Long delayMillis;

    @Option(names = "--link-max-age", paramLabel = "DAYS",
            description = "With --check-links, for a command with a store: reuse a stored link check younger than this many"
                    + " days (default: 7).")
    Integer maxAgeDays;

    /** Whether links are to be checked. */
    boolean enabled() {
        return checkLinks;
    }

    /**
     * The settings the options give, from {@link LinkCheckSettings#defaults()}.
     *
     * @throws UsageException for a delay or age without --check-links, or a negative one
     */
    LinkCheckSettings settings() {
        if (!checkLinks && (delayMillis != null || maxAgeDays != null)) {
            throw new UsageException((delayMillis != null ? "--link-delay" : "--link-max-age") + " goes with --check-links");
        }
        if (delayMillis != null && delayMillis < 0 || maxAgeDays != null && maxAgeDays < 0) {
            throw new UsageException("--link-delay and --link-max-age cannot be negative");
        }
        LinkCheckSettings settings = LinkCheckSettings.defaults();
        if (delayMillis != null) {
            settings = settings.withHostDelay(Duration.ofMillis(delayMillis));
        }
        if (maxAgeDays != null) {
            settings = settings.withMaxAge(Duration.ofDays(maxAgeDays));
        }
        return settings;
    }

    /** Refuses --link-max-age for a command that keeps no link checks between runs. */
    void refuseMaxAge(String command) {
        if (maxAgeDays != null) {
            throw new UsageException("--link-max-age goes with a store: " + command + " keeps link checks for its run only");
        }
    }

    /**
     * Checks the URLs of the graph's distributions ({@link DistributionUrls}), reusing the fresh checks of
     * the cache; {@code privateHostsAllowed} may resolve to private or loopback addresses.
     */
    LinkCheckResults check(Graph graph, Set<String> privateHostsAllowed, LinkCheckCache cache) {
        return check(DistributionUrls.of(graph), privateHostsAllowed, cache);
    }

    /** Checks the URLs, reusing the fresh checks of the cache. */
    LinkCheckResults check(Collection<String> urls, Set<String> privateHostsAllowed, LinkCheckCache cache) {
        try (LinkChecker checker = new LinkChecker(LinkChecker.policy(privateHostsAllowed), settings())) {
            return checker.check(urls, cache);
        }
    }
}
