// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.web.search;

import java.util.List;
import java.util.Map;

/**
 * What a search asks: words to find (may be empty), the chosen values per facet (an IRI, or a literal's
 * text), and which page of results.
 */
public record SearchRequest(String text, Map<String, List<String>> selected, int page, int pageSize) {
    /** The most results on one page. */
    public static final int MAX_PAGE_SIZE = 100;

    public SearchRequest {
        text = text == null ? "" : text.strip();
        selected = Map.copyOf(selected);
        if (page < 1) {
            throw new IllegalArgumentException("The page number starts at 1, not " + page);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("The page size is between 1 and " + MAX_PAGE_SIZE + ", not " + pageSize);
        }
    }

    /** The chosen values of the facet. */
    public List<String> selected(String facet) {
        return selected.getOrDefault(facet, List.of());
    }
}
