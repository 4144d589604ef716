// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

import java.net.URI;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * One dataset (or data service) as mapped from a portal, with everything that describes it.
 *
 * @param recordId the identifier of the record in its source
 * @param subject  the dataset's IRI
 * @param graph    the record's triples: the dataset, its distributions and the nodes only it uses
 * @param page     the page it came from
 */
public record HarvestedRecord(String recordId, Node subject, Graph graph, URI page) {

    /** A hash of the content that ignores triple order and blank-node labels. */
    public String contentHash() {
        return ContentHash.of(graph);
    }
}
