// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.web.search;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * What some words and chosen facet values pick out of a {@link SearchIndex}: the things matching the
 * words (all things without words) and, per facet with chosen values, the things having one of them.
 * Values of one facet widen, facets narrow; a facet's counts leave out its own choices, so that each
 * count says what choosing that value would give.
 */
public final class Selection {
    private final SearchIndex index;
    private final TextSearch.Hits words;
    private final BitSet matching;
    private final Map<String, BitSet> chosen = new LinkedHashMap<>();

    Selection(SearchIndex index, TextSearch.Hits words, Map<String, List<String>> selected) {
        this.index = index;
        this.words = words;
        this.matching = words == null ? index.all() : words.found();
        for (FacetIndex facet : index.facets().values()) {
            List<String> values = selected.getOrDefault(facet.facet().name(), List.of());
            if (!values.isEmpty()) {
                chosen.put(facet.facet().name(), facet.anyOf(values.stream().map(facet::id).toList()));
            }
        }
    }

    /** The hits of the words with their scores, or empty when no words were given. */
    public Optional<TextSearch.Hits> words() {
        return Optional.ofNullable(words);
    }

    /** The things matching the words and every facet's choice. */
    public BitSet result() {
        BitSet result = (BitSet) matching.clone();
        chosen.values().forEach(result::and);
        return result;
    }

    /** The things the counts of the facet are taken among: as {@link #result()} but ignoring its own choice. */
    public BitSet among(String facet) {
        BitSet among = (BitSet) matching.clone();
        chosen.forEach((name, things) -> {
            if (!name.equals(facet)) {
                among.and(things);
            }
        });
        return among;
    }

    /**
     * The result in the order of a search page: by score when words were given, else by kind and name.
     * Without words the stream is lazy, so taking a page reads no further than the page.
     */
    public IntStream ordered() {
        BitSet result = result();
        if (words == null) {
            return Arrays.stream(index.browseOrder()).filter(result::get);
        }
        float[] scores = words.scores();
        return result.stream().boxed()
                .sorted(Comparator.comparingDouble((Integer item) -> scores[item]).reversed().thenComparingInt(Integer::intValue))
                .mapToInt(Integer::intValue);
    }
}
