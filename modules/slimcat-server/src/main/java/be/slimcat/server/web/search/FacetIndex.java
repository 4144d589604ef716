// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.web.search;

import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;

/**
 * The values of one facet, each with its labels by language and the set of things (by number in the
 * {@link SearchIndex}) that have it. Immutable once built.
 */
public final class FacetIndex {
    private final Facet facet;
    private final List<String> values;
    private final List<Node> nodes;
    private final Map<String, Integer> byValue;
    private final List<Map<String, String>> labels;
    /** The things having each value, as the words of a bit set, so that counting copies nothing. */
    private final long[][] members;
    private final boolean literals;

    FacetIndex(Facet facet, List<Node> nodes, Map<String, Integer> byValue, List<Map<String, String>> labels,
            BitSet[] members, boolean literals) {
        this.facet = facet;
        this.literals = literals;
        this.nodes = nodes;
        this.values = nodes.stream().map(FacetIndex::text).toList();
        this.byValue = byValue;
        this.labels = labels;
        this.members = java.util.Arrays.stream(members).map(BitSet::toLongArray).toArray(long[][]::new);
    }

    /** The facet. */
    public Facet facet() {
        return facet;
    }

    /** Whether the values are literals (their text), not IRIs. */
    public boolean hasLiteralValues() {
        return literals;
    }

    /** How many values the facet has. */
    public int size() {
        return values.size();
    }

    /** The value (an IRI or a literal's lexical form) with this number. */
    public String value(int id) {
        return values.get(id);
    }

    /** The value with this number as an RDF term (an IRI, or the literal with its datatype). */
    public Node node(int id) {
        return nodes.get(id);
    }

    /** A value as the facet knows it: an IRI, or a literal's lexical form. */
    static String text(Node value) {
        return value.isLiteral() ? value.getLiteralLexicalForm() : value.toString();
    }

    /** The number of the value, or -1 when no thing has it. */
    public int id(String value) {
        return byValue.getOrDefault(value, -1);
    }

    /** The labels of the value by language tag ("" for a label without one). */
    public Map<String, String> labels(int id) {
        return labels.get(id);
    }

    /** The things having any of the values (numbers of unknown values are ignored). */
    public BitSet anyOf(Collection<Integer> ids) {
        BitSet union = new BitSet();
        for (int id : ids) {
            if (id >= 0) {
                union.or(BitSet.valueOf(members[id]));
            }
        }
        return union;
    }

    /** For each value, how many of the things in {@code among} have it. */
    public int[] counts(BitSet among) {
        long[] amongWords = among.toLongArray();
        int[] counts = new int[values.size()];
        for (int id = 0; id < counts.length; id++) {
            long[] valueWords = members[id];
            int count = 0;
            for (int w = Math.min(valueWords.length, amongWords.length) - 1; w >= 0; w--) {
                count += Long.bitCount(valueWords[w] & amongWords[w]);
            }
            counts[id] = count;
        }
        return counts;
    }

    /** The values of one thing. */
    public int[] valuesOf(int item) {
        int word = item >> 6;
        return java.util.stream.IntStream.range(0, members.length)
                .filter(id -> word < members[id].length && (members[id][word] & (1L << item)) != 0).toArray();
    }
}
