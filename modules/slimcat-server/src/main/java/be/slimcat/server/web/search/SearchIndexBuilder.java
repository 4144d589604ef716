// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.web.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.slimcat.server.web.StoreQueries;
import be.slimcat.vocab.BundledQuery;
import be.slimcat.vocab.SlimcatIris;

/** Builds the {@link SearchIndex} from the store with the bundled item and facet queries. */
public final class SearchIndexBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexBuilder.class);
    private static final Query ITEMS = BundledQuery.load(SearchIndexBuilder.class, "items.rq");
    /** The kind a thing of several kinds is shown as: the first of these it has. */
    static final List<String> KINDS = List.of("FundingInstrument", "Project", "Dataset", "DataService", "Catalog",
            "Organization");
    private static final int DESCRIPTION_LENGTH = 240;

    private final StoreQueries queries;
    private final Map<String, Node> parameters;

    public SearchIndexBuilder(StoreQueries queries, SlimcatIris iris) {
        this.queries = queries;
        this.parameters = Map.of(
                "domainScheme", NodeFactory.createURI(iris.base() + "/id/conceptscheme/domein"),
                "sourceGraphPrefix", NodeFactory.createLiteralString(iris.sourceGraphPrefix()));
    }

    /** Reads the store into a new index. */
    public SearchIndex build() {
        long start = System.nanoTime();
        Map<String, Integer> byIri = new HashMap<>();
        List<String> iris = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<Map<String, String>> labels = new ArrayList<>();
        List<Map<String, String>> descriptions = new ArrayList<>();
        queries.forEachRow(ITEMS, Map.of(), row -> {
            String iri = row.get("item").toString();
            Integer id = byIri.get(iri);
            if (id == null) {
                id = iris.size();
                byIri.put(iri, id);
                iris.add(iri);
                types.add(null);
                labels.add(new HashMap<>(2));
                descriptions.add(new HashMap<>(2));
            }
            String kind = row.get("type").getLocalName();
            String current = types.get(id);
            if (current == null || KINDS.indexOf(kind) < KINDS.indexOf(current)) {
                types.set(id, kind);
            }
            putByLanguage(labels.get(id), row.get("label"), Integer.MAX_VALUE);
            putByLanguage(descriptions.get(id), row.get("description"), DESCRIPTION_LENGTH);
        });
        List<SearchIndex.Item> items = new ArrayList<>(iris.size());
        for (int i = 0; i < iris.size(); i++) {
            items.add(new SearchIndex.Item(iris.get(i), types.get(i), Map.copyOf(labels.get(i)),
                    Map.copyOf(descriptions.get(i))));
        }
        Map<String, FacetIndex> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.ALL) {
            facets.put(facet.name(), facetIndex(facet, byIri));
        }
        SearchIndex index = new SearchIndex(List.copyOf(items), Map.copyOf(byIri), facets, browseOrder(items));
        LOG.info("Search index built: {} things, {} facets, in {} ms", items.size(), facets.size(),
                (System.nanoTime() - start) / 1_000_000);
        return index;
    }

    private FacetIndex facetIndex(Facet facet, Map<String, Integer> items) {
        Map<String, Integer> byValue = new HashMap<>();
        List<Node> values = new ArrayList<>();
        List<Map<String, String>> labels = new ArrayList<>();
        List<BitSet> members = new ArrayList<>();
        boolean[] literals = new boolean[1];
        queries.forEachRow(facet.query(), parameters, row -> {
            Integer item = items.get(row.get("item").toString());
            if (item == null) {
                return;
            }
            Node valueNode = row.get("value");
            literals[0] |= valueNode.isLiteral();
            String value = FacetIndex.text(valueNode);
            Integer id = byValue.get(value);
            if (id == null) {
                id = values.size();
                byValue.put(value, id);
                values.add(valueNode);
                labels.add(new HashMap<>(2));
                members.add(new BitSet());
            }
            members.get(id).set(item);
            putByLanguage(labels.get(id), row.get("label"), Integer.MAX_VALUE);
        });
        return new FacetIndex(facet, List.copyOf(values), Map.copyOf(byValue),
                labels.stream().map(Map::copyOf).toList(), members.toArray(BitSet[]::new), literals[0]);
    }

    private static void putByLanguage(Map<String, String> byLanguage, Node literal, int maxLength) {
        if (literal == null || !literal.isLiteral()) {
            return;
        }
        String language = literal.getLiteralLanguage().toLowerCase(Locale.ROOT);
        String text = literal.getLiteralLexicalForm().strip();
        if (text.length() > maxLength) {
            text = text.substring(0, maxLength).strip() + "…";
        }
        String key = language.contains("-") ? language.substring(0, language.indexOf('-')) : language;
        byLanguage.putIfAbsent(key, text);
    }

    private static int[] browseOrder(List<SearchIndex.Item> items) {
        Comparator<Integer> order = Comparator
                .comparing((Integer i) -> KINDS.indexOf(items.get(i).type()))
                .thenComparing(i -> Labels.pick(items.get(i).labels(), "nl", items.get(i).iri()).toLowerCase(Locale.ROOT));
        return java.util.stream.IntStream.range(0, items.size()).boxed().sorted(order).mapToInt(Integer::intValue).toArray();
    }
}
