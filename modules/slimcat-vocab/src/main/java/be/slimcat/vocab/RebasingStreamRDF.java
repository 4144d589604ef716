// SPDX-License-Identifier: Apache-2.0
package be.slimcat.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/** Passes triples and quads on with their IRIs {@linkplain SlimcatIris#rebase rebased}. */
final class RebasingStreamRDF extends StreamRDFWrapper {
    private final SlimcatIris iris;

    RebasingStreamRDF(StreamRDF destination, SlimcatIris iris) {
        super(destination);
        this.iris = iris;
    }

    @Override
    public void triple(Triple triple) {
        super.triple(Triple.create(map(triple.getSubject()), map(triple.getPredicate()), map(triple.getObject())));
    }

    @Override
    public void quad(Quad quad) {
        super.quad(Quad.create(map(quad.getGraph()), map(quad.getSubject()), map(quad.getPredicate()),
                map(quad.getObject())));
    }

    private Node map(Node node) {
        if (node == null || !node.isURI()) {
            return node;
        }
        String rebased = iris.rebase(node.getURI());
        return rebased.equals(node.getURI()) ? node : NodeFactory.createURI(rebased);
    }
}
