// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.catalog;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

import be.slimcat.store.CatalogueStore;

/**
 * The records of the catalogue that the store holds, in catalogue order (by IRI), each with the graph it
 * is listed from, as of one version of the store.
 */
record OrderedRecords(CatalogueStore.Version version, List<Node> records, List<Node> graphs) {
    /** The records and graphs of the rows of {@code catalogue-items.rq}. */
    static OrderedRecords of(CatalogueStore.Version version, Iterable<org.apache.jena.sparql.engine.binding.Binding> rows) {
        List<Node> records = new ArrayList<>();
        List<Node> graphs = new ArrayList<>();
        for (var row : rows) {
            records.add(row.get("item"));
            graphs.add(NodeFactory.createURI(row.get("graph").getLiteralLexicalForm()));
        }
        return new OrderedRecords(version, List.copyOf(records), List.copyOf(graphs));
    }

    int size() {
        return records.size();
    }
}
