// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.graph.GraphFactory;

import be.slimcat.vocab.BundledFile;
import be.slimcat.vocab.RdfReader;
import be.slimcat.vocab.SlimcatIris;
import be.slimcat.vocab.Vocabulary;

/**
 * The data SlimCat ships: the vocabulary, the ecosystem inventory ({@code data-samples/inventory/}),
 * the example datasets ({@code data-samples/examples/}) and the harvest sources
 * ({@code data-samples/sources.ttl}), each for its own named graph.
 */
public final class SampleData {
    private final SlimcatIris iris;

    public SampleData(SlimcatIris iris) {
        this.iris = iris;
    }

    /** The vocabulary graph. */
    public Graph vocabulary() {
        return Vocabulary.load(iris);
    }

    /** The curated ecosystem inventory. */
    public Graph inventory() {
        return read("inventory");
    }

    /** The hand-written example datasets. */
    public Graph examples() {
        return read("examples");
    }

    /** The harvest sources SlimCat ships, so that "which portals are federated" is a query. */
    public Graph sources() {
        return read("", "sources.ttl");
    }

    /** Loads the four graphs into the store, replacing any earlier version of them. */
    public List<GraphSummary> loadInto(CatalogueStore store) {
        List<GraphSummary> loaded = new ArrayList<>();
        loaded.add(store.replaceGraph(iris.vocabularyGraph(), vocabulary()));
        loaded.add(store.replaceGraph(iris.inventoryGraph(), inventory()));
        loaded.add(store.replaceGraph(iris.examplesGraph(), examples()));
        loaded.add(store.replaceGraph(iris.graph("sources"), sources()));
        return loaded;
    }

    private Graph read(String part) {
        return read("/" + part, ".ttl");
    }

    private Graph read(String part, String suffix) {
        RdfReader reader = new RdfReader(iris);
        Graph graph = GraphFactory.createDefaultGraph();
        String dir = "data-samples" + part;
        for (BundledFile file : BundledFile.list(dir, suffix)) {
            if (part.isEmpty() && file.path().contains("/")) {
                continue;
            }
            reader.read(dir + "/" + file.path(), file.content(), Lang.TURTLE, file.baseIri())
                    .graph().find().forEachRemaining(graph::add);
        }
        return graph;
    }
}
