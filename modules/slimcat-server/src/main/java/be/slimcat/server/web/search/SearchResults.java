// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.web.search;

import java.util.List;

/**
 * The answer to a {@link SearchRequest}: how many things match, one page of them, and per facet how many
 * of the things matching the other facets' choices have each value.
 */
public record SearchResults(int total, List<Hit> hits, List<FacetCounts> facets) {
    /** A thing found, by its number in the index. */
    public record Hit(int item, double score) {}

    /** The counts of one facet's values, most first; chosen values always included. */
    public record FacetCounts(FacetIndex facet, List<ValueCount> values) {}

    /** One value of a facet, how many things have it, and whether it is chosen. */
    public record ValueCount(int value, int count, boolean selected) {}
}
