// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.web.search;

import java.util.HashMap;
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
    private static final int LIMIT = 100_000;

    private final StoreQueries queries;

    public TextSearch(StoreQueries queries) {
        this.queries = queries;
    }

    /** The searchable things matching the words, with their best score; empty when the text holds no word. */
    public Optional<Map<Integer, Double>> find(String words, SearchIndex index) {
        String lucene = luceneQuery(words);
        if (lucene.isEmpty()) {
            return Optional.empty();
        }
        Map<Integer, Double> scores = new HashMap<>();
        queries.forEachRow(TEXT, Map.of("text", NodeFactory.createLiteralString(lucene),
                "limit", NodeFactory.createLiteralDT(Integer.toString(LIMIT), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)),
                row -> {
                    int item = index.id(row.get("item").toString());
                    if (item >= 0) {
                        scores.merge(item, ((Number) row.get("score").getLiteralValue()).doubleValue(), Math::max);
                    }
                });
        return Optional.of(scores);
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
