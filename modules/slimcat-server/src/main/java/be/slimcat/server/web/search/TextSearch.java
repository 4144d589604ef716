// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.web.search;

import java.util.BitSet;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.lucene.queryparser.classic.QueryParserBase;

import be.slimcat.server.web.StoreQueries;
import be.slimcat.vocab.BundledQuery;

/**
 * Finds things by words through the store's Lucene text index (names, titles, descriptions, keywords in
 * every language). Every word must occur; a word also matches as the start of a longer one
 * ({@code parkeer} finds {@code parkeerbezetting}). Lucene's own syntax is escaped, so any text is safe.
 */
public final class TextSearch {
    private static final Query TEXT = BundledQuery.load(TextSearch.class, "text-search.rq");
    private static final int LIMIT = 1_000_000;
    private static final int CACHED = 64;

    private final StoreQueries queries;

    public TextSearch(StoreQueries queries) {
        this.queries = queries;
    }

    /** The things found for some words: which, and the best score of each (by number in the index). */
    public record Hits(BitSet found, float[] scores) {}

    private record Cached(SearchIndex index, String lucene, Hits hits) {}

    /** The latest answers, as the same words are asked again and again (a shared link, the next page). */
    private final Map<String, Cached> cache = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(CACHED + 1, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
                    return size() > CACHED;
                }
            });

    /**
     * The searchable things matching the words; empty when the text holds no word. Answers are kept for
     * the {@value #CACHED} most recent texts, as long as the index they were found in is current.
     */
    public Optional<Hits> find(String words, SearchIndex index) {
        String lucene = luceneQuery(words);
        if (lucene.isEmpty()) {
            return Optional.empty();
        }
        Cached cached = cache.get(lucene);
        if (cached != null && cached.index() == index) {
            return Optional.of(cached.hits());
        }
        Hits hits = search(lucene, index);
        cache.put(lucene, new Cached(index, lucene, hits));
        return Optional.of(hits);
    }

    private Hits search(String lucene, SearchIndex index) {
        BitSet found = new BitSet(index.size());
        float[] scores = new float[index.size()];
        queries.forEachRow(TEXT, Map.of("text", NodeFactory.createLiteralString(lucene),
                "limit", NodeFactory.createLiteralDT(Integer.toString(LIMIT), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)),
                row -> {
                    int item = index.id(row.get("item").toString());
                    if (item >= 0) {
                        found.set(item);
                        scores[item] = Math.max(scores[item], ((Number) row.get("score").getLiteralValue()).floatValue());
                    }
                });
        return new Hits(found, scores);
    }

    /** Each word escaped, as itself or a prefix, all required: {@code (parkeer OR parkeer*) AND (gent OR gent*)}. */
    static String luceneQuery(String words) {
        StringJoiner all = new StringJoiner(" AND ");
        for (String word : words.toLowerCase(java.util.Locale.ROOT).split("[\\s\\p{Punct}]+")) {
            if (!word.isBlank()) {
                String escaped = QueryParserBase.escape(word);
                all.add("(" + escaped + " OR " + escaped + "*)");
            }
        }
        return all.toString();
    }
}
