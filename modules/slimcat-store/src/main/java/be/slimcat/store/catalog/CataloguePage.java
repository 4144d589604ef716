// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.catalog;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * One page of SlimCat's catalogue.
 *
 * @param shared     what every page says: the catalogue, its sub-catalogues and the agents the page names
 * @param records    the full descriptions of the page's records and the links from their catalogues
 *                   ({@code dcat:dataset} / {@code dcat:service})
 * @param items      the page's records, in catalogue order
 * @param totalItems how many records the whole catalogue has
 */
public record CataloguePage(Graph shared, Graph records, List<Node> items, long totalItems) {
    /** The page as one graph, with the feed's prefixes. */
    public Graph graph() {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.getPrefixMapping().setNsPrefixes(CatalogueFeed.PREFIXES);
        shared.find().forEachRemaining(graph::add);
        records.find().forEachRemaining(graph::add);
        return graph;
    }
}
