// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.normalise;

import java.net.URI;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;

import be.slimcat.harvest.HarvestedRecord;

/** Small records for the normaliser tests: one dataset with one distribution. */
final class Records {
    static final Node DATASET = NodeFactory.createURI("https://data.gent.be/id/dataset/fietsenstallingen");
    static final Node DISTRIBUTION = NodeFactory.createURI("https://data.gent.be/id/distributie/fietsenstallingen-csv");
    static final URI PAGE = URI.create("https://data.gent.be/api/feed?page=1");
    static final String DS = "<" + DATASET.getURI() + ">";
    static final String DIST = "<" + DISTRIBUTION.getURI() + ">";

    private Records() {}

    /** A dataset and its distribution, plus one triple on {@code subject}. */
    static HarvestedRecord with(Node subject, Node property, Node value) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(DATASET, RDF.type.asNode(), DCAT.Dataset.asNode());
        g.add(DATASET, DCAT.distribution.asNode(), DISTRIBUTION);
        g.add(DISTRIBUTION, RDF.type.asNode(), DCAT.Distribution.asNode());
        g.add(subject, property, value);
        return new HarvestedRecord("fietsenstallingen", DATASET, g, PAGE);
    }

    static Node literal(String text) {
        return NodeFactory.createLiteralString(text);
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
