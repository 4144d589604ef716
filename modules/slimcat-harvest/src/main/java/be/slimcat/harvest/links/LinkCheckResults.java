// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.links;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import be.slimcat.quality.LinkStatus;
import be.slimcat.quality.LinkStatuses;

/**
 * What a link-check run found: a result for every URL it was given, checked now or reused from the
 * cache. Usable as the assessor's {@link LinkStatuses}.
 *
 * @param checks  the result per URL, sorted by URL
 * @param fetched how many of the URLs were asked for in this run (the others came from the cache)
 */
public record LinkCheckResults(Map<String, LinkCheck> checks, int fetched) implements LinkStatuses {
    /** Keeps a sorted, unmodifiable copy. */
    public LinkCheckResults {
        checks = Collections.unmodifiableMap(new TreeMap<>(checks));
    }

    @Override
    public Optional<LinkStatus> of(String url) {
        return Optional.ofNullable(checks.get(url)).map(LinkCheck::linkStatus);
    }

    /** How many results were reused from the cache. */
    public int reused() {
        return checks.size() - fetched;
    }

    /** The status codes per URL (0 for no answer), as {@link LinkStatuses#of(Map)} takes them. */
    public Map<String, Integer> codes() {
        Map<String, Integer> codes = new TreeMap<>();
        checks.forEach((url, check) -> codes.put(url, check.status()));
        return Collections.unmodifiableMap(codes);
    }
}
