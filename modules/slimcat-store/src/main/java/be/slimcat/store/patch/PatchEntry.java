// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.patch;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** One patch of a log: its position (1, 2, ...) and its id, which the next patch names as previous. */
public record PatchEntry(long sequence, String id) {
    public PatchEntry {
        if (sequence < 1) {
            throw new IllegalArgumentException("A patch sequence starts at 1, not " + sequence);
        }
    }

    /** The id as the node an RDF Patch header holds. */
    Node idNode() {
        return NodeFactory.createURI(id);
    }
}
