// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.links;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.slimcat.harvest.http.FetchPolicy;
import be.slimcat.harvest.http.SafeFetcher;

/**
 * Checks URLs politely and reports their HTTP status as a value. Each URL is checked once per run, however
 * often it is given; a cached check younger than the maximum age is reused without a request. The URLs
 * of one host are checked one at a time with a pause between two requests; a few hosts are checked at
 * the same time. Requests go through {@link SafeFetcher}, so the harvester's rules hold: http(s) only,
 * no internal addresses unless allowed, redirects checked hop by hop, timeouts. A URL that is not a
 * valid URI gets 0 without a request.
 */
public final class LinkChecker implements AutoCloseable {
    /** The User-Agent of link checks: names SlimCat, what it does and where to read about it. */
    public static final String USER_AGENT = "SlimCat-linkcheck/0.1 (+https://data.slimcat.be; checks the access and"
            + " download URLs of the open-data catalogue of the Flemish smart-city ecosystem)";

    private static final Logger LOG = LoggerFactory.getLogger(LinkChecker.class);

    private final SafeFetcher fetcher;
    private final LinkCheckSettings settings;
    private final Clock clock;
    private final LinkProbe probe;

    /** A checker under the fetch policy, with the settings, timing checks with the clock. */
    public LinkChecker(FetchPolicy policy, LinkCheckSettings settings, Clock clock) {
        this.fetcher = new SafeFetcher(policy);
        this.settings = settings;
        this.clock = clock;
        this.probe = new LinkProbe(fetcher, settings.hostDelay());
    }

    /** A checker under the fetch policy, with the settings and the system clock. */
    public LinkChecker(FetchPolicy policy, LinkCheckSettings settings) {
        this(policy, settings, Clock.systemUTC());
    }

    /**
     * The harvester's fetch policy with the link-check User-Agent and one retry (after 1 s) instead of
     * three, so that a dead host does not hold up the run; {@code privateHostsAllowed} may resolve to
     * private or loopback addresses.
     */
    public static FetchPolicy policy(Set<String> privateHostsAllowed) {
        return FetchPolicy.defaults().allowingPrivateHosts(privateHostsAllowed).withUserAgent(USER_AGENT)
                .withRetries(1, Duration.ofSeconds(1), Duration.ofSeconds(120));
    }

    /** The settings in force. */
    public LinkCheckSettings settings() {
        return settings;
    }

    /**
     * The status of every URL: reused from the cache when fresh, else asked for now.
     *
     * @throws LinkCheckInterruptedException when the thread is interrupted before the end
     */
    public LinkCheckResults check(Collection<String> urls, LinkCheckCache cache) {
        Instant start = clock.instant();
        Map<String, LinkCheck> results = new ConcurrentHashMap<>();
        Map<String, List<Target>> byHost = new TreeMap<>();
        int reused = 0;
        int invalid = 0;
        for (String url : new TreeSet<>(urls)) {
            Optional<LinkCheck> cached = cache.fresh(url, start, settings.maxAge());
            if (cached.isPresent()) {
                results.put(url, cached.get());
                reused++;
                continue;
            }
            Optional<URI> uri = uri(url);
            if (uri.isEmpty()) {
                results.put(url, new LinkCheck(url, 0, start));
                invalid++;
                continue;
            }
            byHost.computeIfAbsent(uri.get().getHost().toLowerCase(Locale.ROOT), h -> new ArrayList<>())
                    .add(new Target(url, uri.get()));
        }
        int asked = byHost.values().stream().mapToInt(List::size).sum();
        LOG.info("Link check: {} URLs, {} reused from the cache, {} not valid URLs, {} to check on {} hosts",
                results.size() + asked, reused, invalid, asked, byHost.size());
        LinkCheckProgress progress = new LinkCheckProgress(asked);
        run(byHost, results, progress);
        progress.finished(reused);
        return new LinkCheckResults(results, asked + invalid);
    }

    private void run(Map<String, List<Target>> byHost, Map<String, LinkCheck> results, LinkCheckProgress progress) {
        if (byHost.isEmpty()) {
            return;
        }
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.concurrency(), byHost.size()), r -> {
            Thread t = new Thread(r, "slimcat-linkcheck-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> hosts = new ArrayList<>();
            for (List<Target> targets : byHost.values()) {
                hosts.add(pool.submit(() -> checkHost(targets, results, progress)));
            }
            for (Future<?> host : hosts) {
                host.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LinkCheckInterruptedException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Link check failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The URLs of one host, one at a time, with the pause between two of them. */
    private void checkHost(List<Target> targets, Map<String, LinkCheck> results, LinkCheckProgress progress) {
        for (int i = 0; i < targets.size(); i++) {
            if (i > 0) {
                probe.pause();
            }
            Target target = targets.get(i);
            LinkCheck check = new LinkCheck(target.url(), probe.status(target.uri()), clock.instant());
            results.put(check.url(), check);
            progress.checked(check);
        }
    }

    /** The URL as a URI with a host, or empty when it is not one. */
    private static Optional<URI> uri(String url) {
        try {
            URI uri = new URI(url);
            return uri.getHost() == null ? Optional.empty() : Optional.of(uri);
        } catch (URISyntaxException e) {
            LOG.debug("{}: not a valid URL: {}", url, e.getMessage());
            return Optional.empty();
        }
    }

    /** A URL as the record states it and as the URI asked for. */
    private record Target(String url, URI uri) { }

    @Override
    public void close() {
        fetcher.close();
    }
}
