// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store;


import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

import be.slimcat.vocab.BundledQuery;

/** A named graph of the store and how many triples it holds. */
public record GraphSummary(Node graph, long triples) {
    private static final Query GRAPH_SIZE = BundledQuery.load(GraphSummary.class, "graph-size.rq");

    /**
     * Counts the triples of a named graph of the dataset (call inside a transaction). A SPARQL count:
     * the store counts its index entries without reading back the terms, several times faster than
     * iterating the graph.
     */
    public static GraphSummary of(DatasetGraph dataset, Node graph) {
        Node triples = QueryExec.dataset(dataset).query(GRAPH_SIZE).substitution("graph", graph).select().next().get("triples");
        return new GraphSummary(graph, Long.parseLong(triples.getLiteralLexicalForm()));
    }
}
