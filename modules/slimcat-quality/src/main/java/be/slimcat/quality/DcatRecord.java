// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.DCAT;

/**
 * A read-only view of one dcat:Dataset in a record graph: its distributions and their values, always
 * in the same order (IRIs by text, then blank nodes, then literals), so results never depend on the
 * order a graph returns triples in.
 *
 * @param graph   the record graph
 * @param dataset the dataset node
 */
public record DcatRecord(Graph graph, Node dataset) {
    /** IRIs by text, then blank nodes by label, then literals by lexical form. */
    public static final Comparator<Node> ORDER = Comparator.comparingInt(DcatRecord::rank)
            .thenComparing(DcatRecord::text);

    /** The dataset's distributions (objects of dcat:distribution that are not literals). */
    public List<Node> distributions() {
        return values(dataset, DCAT.distribution).stream().filter(n -> !n.isLiteral()).toList();
    }

    /** The values of a property of a subject, in {@link #ORDER}. */
    public List<Node> values(Node subject, Property property) {
        return graph.find(subject, property.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList().stream()
                .distinct().sorted(ORDER).toList();
    }

    /** The first value of a property of a subject in {@link #ORDER}. */
    public Optional<Node> first(Node subject, Property property) {
        return values(subject, property).stream().findFirst();
    }

    /** Whether a subject has any value for a property. */
    public boolean has(Node subject, Property property) {
        return graph.contains(subject, property.asNode(), Node.ANY);
    }

    /**
     * The URL a value of dcat:accessURL or dcat:downloadURL names on the web: an IRI, or a literal without
     * the surrounding white space, that starts with {@code http://} or {@code https://}; empty otherwise.
     * The URL status indicators, the stars and the link checker all read URLs this way.
     */
    public static Optional<String> webUrl(Node value) {
        String text = value.isURI() ? value.getURI() : value.isLiteral() ? value.getLiteralLexicalForm().strip() : "";
        return text.startsWith("http://") || text.startsWith("https://") ? Optional.of(text) : Optional.empty();
    }

    /** The text of a node for messages: the IRI, "_:label" or the lexical form. */
    public static String text(Node node) {
        if (node.isURI()) {
            return node.getURI();
        }
        if (node.isBlank()) {
            return "_:" + node.getBlankNodeLabel();
        }
        return node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
    }

    private static int rank(Node node) {
        return node.isURI() ? 0 : node.isBlank() ? 1 : 2;
    }
}
