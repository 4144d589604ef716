// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.links;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Link checks kept between runs: at most one per URL, the latest. A run reuses a check younger than its
 * maximum age instead of asking for the URL again; {@link LinkCheckGraph} writes and reads it as RDF.
 *
 * @param checks the check per URL, sorted by URL
 */
public record LinkCheckCache(Map<String, LinkCheck> checks) {
    /** Keeps a sorted, unmodifiable copy; every check must be filed under its own URL. */
    public LinkCheckCache {
        checks.forEach((url, check) -> {
            if (!url.equals(check.url())) {
                throw new IllegalArgumentException("The check of " + check.url() + " is filed under " + url);
            }
        });
        checks = Collections.unmodifiableMap(new TreeMap<>(checks));
    }

    /** A cache without checks (a run that keeps nothing between runs). */
    public static LinkCheckCache empty() {
        return new LinkCheckCache(Map.of());
    }

    /** A cache holding these checks; of two checks of one URL the later is kept. */
    public static LinkCheckCache of(Collection<LinkCheck> checks) {
        return empty().with(checks);
    }

    /** The check of a URL if it is younger than {@code maxAge} at {@code now}. */
    public Optional<LinkCheck> fresh(String url, Instant now, Duration maxAge) {
        return Optional.ofNullable(checks.get(url)).filter(c -> c.isFreshAt(now, maxAge));
    }

    /** This cache with the given checks added; of two checks of one URL the later is kept. */
    public LinkCheckCache with(Collection<LinkCheck> more) {
        Map<String, LinkCheck> merged = new TreeMap<>(checks);
        for (LinkCheck check : more) {
            merged.merge(check.url(), check, (old, now) -> now.checkedAt().isBefore(old.checkedAt()) ? old : now);
        }
        return new LinkCheckCache(merged);
    }

    /** This cache with the results of a run added. */
    public LinkCheckCache with(LinkCheckResults results) {
        return with(results.checks().values());
    }

    /** The number of URLs in the cache. */
    public int size() {
        return checks.size();
    }
}
