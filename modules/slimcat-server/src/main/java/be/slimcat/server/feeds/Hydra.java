// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.feeds;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The Hydra Core terms the catalogue's paging uses ({@code http://www.w3.org/ns/hydra/core#}). */
final class Hydra {
    static final String NS = "http://www.w3.org/ns/hydra/core#";
    static final Node Collection = term("Collection");
    static final Node PartialCollectionView = term("PartialCollectionView");
    static final Node totalItems = term("totalItems");
    static final Node member = term("member");
    static final Node view = term("view");
    static final Node first = term("first");
    static final Node last = term("last");
    static final Node next = term("next");
    static final Node previous = term("previous");

    private Hydra() {}

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
