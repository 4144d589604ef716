// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;

import be.slimcat.vocab.SlimcatIris;

/**
 * SlimCat's own catalogue ({@code {base}/id/catalogus/slimcat}), its publisher and its own records
 * (all data, the inventory, the SPARQL endpoint), read from {@code own-catalogue.ttl} with the
 * configured base.
 */
final class OwnCatalogue {
    private static final String TEMPLATE = "own-catalogue.ttl";
    private static final Node DATASET = DCAT.dataset.asNode();
    private static final Node SERVICE = DCAT.service.asNode();

    private final Node catalogue;
    private final Node publisher;
    private final Graph description;
    private final List<Triple> memberships;

    private OwnCatalogue(Node catalogue, Node publisher, Graph description) {
        this.catalogue = catalogue;
        this.publisher = publisher;
        this.description = description;
        List<Triple> links = new ArrayList<>(description.find(catalogue, DATASET, Node.ANY).toList());
        links.addAll(description.find(catalogue, SERVICE, Node.ANY).toList());
        links.sort(Comparator.comparing(t -> t.getObject().getURI()));
        this.memberships = List.copyOf(links);
    }

    /** The own catalogue for the base. */
    static OwnCatalogue of(SlimcatIris iris) {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = OwnCatalogue.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("The resource " + TEMPLATE + " of " + OwnCatalogue.class.getPackageName()
                        + " is not bundled (a broken build?)");
            }
            RDFParser.source(in).lang(Lang.TURTLE).base(iris.base() + "/").parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + TEMPLATE, e);
        }
        Node inventoryTurtle = iris.thing("distributie", "slimcat-inventaris-turtle");
        Node inventoryUrl = NodeFactory.createURI(iris.base() + "/data?graph="
                + URLEncoder.encode(iris.inventoryGraph().getURI(), StandardCharsets.UTF_8));
        graph.add(inventoryTurtle, DCAT.accessURL.asNode(), inventoryUrl);
        graph.add(inventoryTurtle, DCAT.downloadURL.asNode(), inventoryUrl);
        return new OwnCatalogue(iris.thing("catalogus", "slimcat"), iris.thing("organisatie", "slimcat"), graph);
    }

    /** {@code {base}/id/catalogus/slimcat}. */
    Node catalogue() {
        return catalogue;
    }

    /** SlimCat as an agent, the publisher of the catalogue and of its own records. */
    Node publisher() {
        return publisher;
    }

    /** The graph holding the descriptions of the own records. */
    Graph description() {
        return description;
    }

    /** {@code catalogue dcat:dataset|dcat:service record} for each own record, by the record's IRI. */
    List<Triple> memberships() {
        return memberships;
    }

    /** Adds the catalogue's own triples (without its records) and the description of its publisher. */
    void copyHeader(Graph into) {
        description.find(catalogue, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (!t.getPredicate().equals(DATASET) && !t.getPredicate().equals(SERVICE)) {
                into.add(t);
            }
        });
        description.find(publisher, Node.ANY, Node.ANY).forEachRemaining(into::add);
    }
}
