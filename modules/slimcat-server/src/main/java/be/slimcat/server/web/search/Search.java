// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.web.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Runs a {@link SearchRequest} on a {@link SearchIndex}: the things matching the words (through the text
 * index) and, for every facet with chosen values, having one of them (values of one facet widen, facets
 * narrow). The counts of a facet's values ignore that facet's own choices, so that each count says what
 * choosing the value would give.
 */
public final class Search {
    private final TextSearch text;

    public Search(TextSearch text) {
        this.text = text;
    }

    /** The results of the request on the index. */
    public SearchResults run(SearchIndex index, SearchRequest request) {
        TextSearch.Hits words = text.find(request.text(), index).orElse(null);
        BitSet matching = words == null ? index.all() : (BitSet) words.found().clone();
        List<BitSet> chosen = new ArrayList<>();
        for (FacetIndex facet : index.facets().values()) {
            List<String> values = request.selected(facet.facet().name());
            chosen.add(values.isEmpty() ? null : facet.anyOf(values.stream().map(facet::id).toList()));
        }
        BitSet result = (BitSet) matching.clone();
        chosen.stream().filter(c -> c != null).forEach(result::and);

        List<SearchResults.FacetCounts> counts = new ArrayList<>();
        int f = 0;
        for (FacetIndex facet : index.facets().values()) {
            BitSet among = (BitSet) matching.clone();
            for (int g = 0; g < chosen.size(); g++) {
                if (g != f && chosen.get(g) != null) {
                    among.and(chosen.get(g));
                }
            }
            counts.add(counts(facet, facet.counts(among), request.selected(facet.facet().name())));
            f++;
        }
        List<SearchResults.Hit> hits = page(index, result, words, request);
        return new SearchResults(result.cardinality(), hits, counts);
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

    private static List<SearchResults.Hit> page(SearchIndex index, BitSet result, TextSearch.Hits words,
            SearchRequest request) {
        int skip = (request.page() - 1) * request.pageSize();
        List<SearchResults.Hit> hits = new ArrayList<>(request.pageSize());
        if (words == null) {
            for (int item : index.browseOrder()) {
                if (result.get(item) && skip-- <= 0) {
                    hits.add(new SearchResults.Hit(item, 0));
                    if (hits.size() == request.pageSize()) {
                        break;
                    }
                }
            }
            return hits;
        }
        List<SearchResults.Hit> all = new ArrayList<>();
        result.stream().forEach(item -> all.add(new SearchResults.Hit(item, words.scores()[item])));
        all.sort(Comparator.comparingDouble(SearchResults.Hit::score).reversed().thenComparingInt(SearchResults.Hit::item));
        return all.subList(Math.min(skip, all.size()), Math.min(skip + request.pageSize(), all.size()));
    }
}
