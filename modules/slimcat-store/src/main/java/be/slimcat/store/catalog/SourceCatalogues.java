// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import be.slimcat.vocab.BundledQuery;
import be.slimcat.vocab.SlimcatIris;

/**
 * One sub-catalogue per harvested source, {@code {base}/id/catalogus/bron-{id}}: the source's titles
 * (those with a language tag when it has any), its publisher (the first by IRI), a description naming
 * the source, {@code dct:source} the source {@code {base}/id/bron/{id}}, and {@code dct:modified} the end
 * of its latest harvest run. A source graph whose source is described nowhere gets titles made of its
 * identifier and SlimCat as publisher.
 */
final class SourceCatalogues {
    private static final Query SOURCES = BundledQuery.load(SourceCatalogues.class, "harvested-sources.rq");
    private static final Query FACTS = BundledQuery.load(SourceCatalogues.class, "source-facts.rq");

    private final SlimcatIris iris;
    private final Node fallbackPublisher;

    SourceCatalogues(SlimcatIris iris, Node fallbackPublisher) {
        this.iris = iris;
        this.fallbackPublisher = fallbackPublisher;
    }

    /** The sub-catalogues of the harvested sources whose graph holds records, by identifier (call in a transaction). */
    List<SubCatalogue> read(DatasetGraph dsg) {
        List<SubCatalogue> catalogues = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        QueryExec.dataset(dsg).query(SOURCES)
                .substitution("sourceGraphs", NodeFactory.createLiteralString(iris.sourceGraphPrefix()))
                .select().forEachRemaining(row -> {
                    String id = row.get("identifier").getLiteralLexicalForm();
                    if (!seen.contains(id)) {
                        seen.add(id);
                        catalogues.add(describe(dsg, id, row.get("graph")));
                    }
                });
        return catalogues;
    }

    /** The sub-catalogue of a source graph ({@code {base}/graph/source/{id}}), or empty for another graph. */
    Optional<SubCatalogue> forGraph(DatasetGraph dsg, Node graph) {
        String prefix = iris.sourceGraphPrefix();
        if (!graph.isURI() || !graph.getURI().startsWith(prefix)) {
            return Optional.empty();
        }
        return Optional.of(describe(dsg, graph.getURI().substring(prefix.length()), graph));
    }

    private SubCatalogue describe(DatasetGraph dsg, String id, Node graph) {
        Node source = iris.thing("bron", id);
        Node catalogue = iris.thing("catalogus", "bron-" + id);
        List<Node> tagged = new ArrayList<>();
        List<Node> plain = new ArrayList<>();
        List<Node> publishers = new ArrayList<>();
        Node modified = null;
        for (Binding row : Iter.toList(QueryExec.dataset(dsg).query(FACTS).substitution("source", source).select())) {
            Node title = row.get("title");
            if (title != null) {
                (title.getLiteralLanguage().isEmpty() ? plain : tagged).add(title);
            }
            if (row.get("publisher") != null) {
                publishers.add(row.get("publisher"));
            }
            Node ended = row.get("ended");
            if (ended != null && ended.isLiteral() && (modified == null || later(ended, modified))) {
                modified = ended;
            }
        }
        List<Node> titles = !tagged.isEmpty() ? tagged : plain.stream().sorted(Comparator.comparing(Node::getLiteralLexicalForm)).limit(1).toList();
        Graph g = GraphFactory.createDefaultGraph();
        g.add(catalogue, RDF.type.asNode(), DCAT.Catalog.asNode());
        if (titles.isEmpty()) {
            g.add(catalogue, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Bron " + id, "nl"));
            g.add(catalogue, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Source " + id, "en"));
        } else {
            titles.forEach(t -> g.add(catalogue, DCTerms.title.asNode(), t));
        }
        g.add(catalogue, DCTerms.description.asNode(), NodeFactory.createLiteralLang(
                "De datasets en dataservices die SlimCat oogst uit de bron '" + name(titles, "nl", id) + "' (" + id + ").", "nl"));
        g.add(catalogue, DCTerms.description.asNode(), NodeFactory.createLiteralLang(
                "The datasets and data services SlimCat harvests from the source '" + name(titles, "en", id) + "' (" + id + ").", "en"));
        Node publisher = publishers.stream().min(Comparator.comparing(Node::getURI)).orElse(fallbackPublisher);
        g.add(catalogue, DCTerms.publisher.asNode(), publisher);
        g.add(catalogue, DCTerms.source.asNode(), source);
        if (modified != null) {
            g.add(catalogue, DCTerms.modified.asNode(), modified);
        }
        return new SubCatalogue(catalogue, graph, g, Optional.ofNullable(modified));
    }

    private static String name(List<Node> titles, String language, String id) {
        return titles.stream().filter(t -> t.getLiteralLanguage().equalsIgnoreCase(language)).findFirst()
                .or(() -> titles.stream().findFirst()).map(Node::getLiteralLexicalForm).orElse(id);
    }

    /** True when date-time {@code a} is after {@code b}. */
    static boolean later(Node a, Node b) {
        return NodeValue.compareAlways(NodeValue.makeNode(a), NodeValue.makeNode(b)) > 0;
    }
}
