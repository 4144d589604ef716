// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.graph.GraphFactory;

import be.slimcat.vocab.BundledFile;
import be.slimcat.vocab.RdfReader;
import be.slimcat.vocab.SlimcatIris;
import be.slimcat.vocab.Vocabulary;

/**
 * The data SlimCat ships: the vocabulary, the ecosystem inventory ({@code data-samples/inventory/})
 * and the example datasets ({@code data-samples/examples/}), each for its own named graph.
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

    /** Loads the three graphs into the store, replacing any earlier version of them. */
    public List<GraphSummary> loadInto(CatalogueStore store) {
        List<GraphSummary> loaded = new ArrayList<>();
        loaded.add(store.replaceGraph(iris.vocabularyGraph(), vocabulary()));
        loaded.add(store.replaceGraph(iris.inventoryGraph(), inventory()));
        loaded.add(store.replaceGraph(iris.examplesGraph(), examples()));
        return loaded;
    }

    /** The graph each bundled part goes to. */
    public List<Node> graphNames() {
        return List.of(iris.vocabularyGraph(), iris.inventoryGraph(), iris.examplesGraph());
    }

    private Graph read(String part) {
        RdfReader reader = new RdfReader(iris);
        Graph graph = GraphFactory.createDefaultGraph();
        for (BundledFile file : BundledFile.list("data-samples/" + part, ".ttl")) {
            reader.read("data-samples/" + part + "/" + file.path(), file.content(), Lang.TURTLE, file.baseIri())
                    .graph().find().forEachRemaining(graph::add);
        }
        return graph;
    }
}
