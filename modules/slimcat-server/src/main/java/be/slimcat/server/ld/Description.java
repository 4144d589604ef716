// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.ld;

import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * What SlimCat serves about one resource, read in one transaction.
 *
 * @param resource   the IRI described
 * @param graph      every triple served as RDF: the resource's own triples with the blank nodes they reach,
 *                   the links pointing at it, the labels of the linked resources, and for datasets and
 *                   distributions their latest quality results and the catalogue records and runs of their harvest
 * @param types      the resource's rdf:type values
 * @param inverse    the links pointing at it (at most {@value Describer#INVERSE_LIMIT} were read)
 * @param labels     the labels of the linked resources, and of the documents that hash IRIs among them belong to
 * @param quality    the latest quality results per quality graph (datasets and distributions only)
 * @param provenance one entry per named graph that holds triples about it
 */
public record Description(Node resource, Graph graph, Set<Node> types, List<Triple> inverse, Labels labels,
        List<QualityFacts> quality, List<Provenance> provenance) {
    /** The triples with the resource as subject. */
    public List<Triple> forward() {
        return graph.find(resource, Node.ANY, Node.ANY).toList();
    }

    /** The triples of a blank node the description reaches. */
    public List<Triple> of(Node blank) {
        return graph.find(blank, Node.ANY, Node.ANY).toList();
    }
}
