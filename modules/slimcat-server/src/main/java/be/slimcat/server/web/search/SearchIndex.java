// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.web.search;

import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * What search looks through, held in memory: the searchable things (numbered, with their kind, names and
 * descriptions by language) and for each facet the things of each value, so that narrowing and counting
 * are set operations. Built from the store by {@link SearchIndexBuilder}; immutable.
 */
public final class SearchIndex {
    private final List<Item> items;
    private final Map<String, Integer> byIri;
    private final Map<String, FacetIndex> facets;
    private final int[] browseOrder;

    SearchIndex(List<Item> items, Map<String, Integer> byIri, Map<String, FacetIndex> facets, int[] browseOrder) {
        this.items = items;
        this.byIri = byIri;
        this.facets = facets;
        this.browseOrder = browseOrder;
    }

    /** One searchable thing: its IRI, the local name of its kind, and its names and descriptions by language tag. */
    public record Item(String iri, String type, Map<String, String> labels, Map<String, String> descriptions) {}

    /** How many things search looks through. */
    public int size() {
        return items.size();
    }

    /** The thing with this number. */
    public Item item(int id) {
        return items.get(id);
    }

    /** The number of the thing, or -1. */
    public int id(String iri) {
        return byIri.getOrDefault(iri, -1);
    }

    /** The facets by name, in display order. */
    public Map<String, FacetIndex> facets() {
        return facets;
    }

    /** Every thing. */
    public BitSet all() {
        BitSet all = new BitSet(items.size());
        all.set(0, items.size());
        return all;
    }

    /** The numbers of all things in the order of a search without text: by kind, then by name. */
    int[] browseOrder() {
        return browseOrder;
    }
}
