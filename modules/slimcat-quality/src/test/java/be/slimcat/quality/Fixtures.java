// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;

/** Test fixtures from {@code src/test/resources/be/slimcat/quality/} and the IRIs they use. */
public final class Fixtures {
    /** The namespace of the fixtures' datasets. */
    public static final String DATASETS = "https://data.slimcat.be/id/dataset/";
    /** The namespace of the fixtures' distributions. */
    public static final String DISTRIBUTIONS = "https://data.slimcat.be/id/distributie/";

    private Fixtures() {}

    /** A Turtle fixture as a graph. */
    public static Graph graph(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/be/slimcat/quality/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + path);
            }
            return RDFParser.source(in).lang(Lang.TURTLE).base("http://fixture.invalid/").toGraph();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Link-check results in which every access and download URL of the graph answers {@code code}. */
    public static LinkStatuses allAnswer(Graph graph, int code) {
        Map<String, Integer> codes = new HashMap<>();
        graph.find(Node.ANY, DCAT.accessURL.asNode(), Node.ANY).forEachRemaining(t -> codes.put(t.getObject().getURI(), code));
        graph.find(Node.ANY, DCAT.downloadURL.asNode(), Node.ANY).forEachRemaining(t -> codes.put(t.getObject().getURI(), code));
        return LinkStatuses.of(codes);
    }

    /** A fixture dataset by slug. */
    public static Node dataset(String slug) {
        return NodeFactory.createURI(DATASETS + slug);
    }

    /** A fixture distribution by slug. */
    public static Node distribution(String slug) {
        return NodeFactory.createURI(DISTRIBUTIONS + slug);
    }
}
