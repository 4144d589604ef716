// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.web.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Runs a {@link SearchRequest} on a {@link SearchIndex}: the {@link Selection} of its words (through the
 * text index) and chosen values, a page of the result and every facet's counts.
 */
public final class Search {
    private final TextSearch text;

    public Search(TextSearch text) {
        this.text = text;
    }

    /** What the words and chosen values pick out of the index. */
    public Selection select(SearchIndex index, String words, Map<String, List<String>> selected) {
        return new Selection(index, text.find(words, index).orElse(null), selected);
    }

    /** The results of the request on the index. */
    public SearchResults run(SearchIndex index, SearchRequest request) {
        Selection selection = select(index, request.text(), request.selected());
        BitSet result = selection.result();
        List<SearchResults.FacetCounts> counts = new ArrayList<>();
        for (FacetIndex facet : index.facets().values()) {
            String name = facet.facet().name();
            counts.add(counts(facet, facet.counts(selection.among(name)), request.selected(name)));
        }
        return new SearchResults(result.cardinality(), page(selection, request), counts);
    }

    private static SearchResults.FacetCounts counts(FacetIndex facet, int[] counts, List<String> selected) {
        List<SearchResults.ValueCount> values = new ArrayList<>();
        for (int id = 0; id < counts.length; id++) {
            boolean isChosen = selected.contains(facet.value(id));
            if (counts[id] > 0 || isChosen) {
                values.add(new SearchResults.ValueCount(id, counts[id], isChosen));
            }
        }
        values.sort(Comparator.comparingInt(SearchResults.ValueCount::count).reversed()
                .thenComparing(v -> facet.value(v.value())));
        return new SearchResults.FacetCounts(facet, List.copyOf(values));
    }

    private static List<SearchResults.Hit> page(Selection selection, SearchRequest request) {
        float[] scores = selection.words().map(TextSearch.Hits::scores).orElse(null);
        return selection.ordered().skip((long) (request.page() - 1) * request.pageSize()).limit(request.pageSize())
                .mapToObj(item -> new SearchResults.Hit(item, scores == null ? 0 : scores[item])).toList();
    }
}
