// SPDX-License-Identifier: Apache-2.0
package be.slimcat.reliability;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import be.slimcat.store.CatalogueStore;
import be.slimcat.vocab.PROV;

/**
 * Every named graph of a store, copied into memory: the store is opened (as after a crash), read in one
 * transaction and closed again.
 */
public final class StoreSnapshot {
    /** The triples of a harvested catalogue record that say when and by which run it was made. */
    private static final Set<Node> RUN_DEPENDENT = Set.of(DCTerms.modified.asNode(), PROV.generatedAtTime.asNode(),
            PROV.wasGeneratedBy.asNode());

    private final Map<Node, Graph> graphs;

    private StoreSnapshot(Map<Node, Graph> graphs) {
        this.graphs = graphs;
    }

    /** Opens the store, copies every graph and closes it; fails when the store cannot be opened. */
    public static StoreSnapshot of(Path store) {
        try (CatalogueStore opened = CatalogueStore.open(store)) {
            return new StoreSnapshot(opened.read(dsg -> {
                Map<Node, Graph> copy = new HashMap<>();
                dsg.listGraphNodes().forEachRemaining(g -> {
                    Graph graph = GraphFactory.createGraphMem();
                    dsg.getGraph(g).find().forEachRemaining(graph::add);
                    copy.put(g, graph);
                });
                return copy;
            }));
        }
    }

    /** The names of the store's graphs. */
    public Set<Node> graphNames() {
        return graphs.keySet();
    }

    /** The graph, empty when the store has no such graph. */
    public Graph graph(Node name) {
        return graphs.getOrDefault(name, GraphFactory.createGraphMem());
    }

    /**
     * A harvested source graph without the triples that depend on the run rather than on the source's
     * data (each catalogue record's dct:modified, prov:generatedAtTime and prov:wasGeneratedBy): what a
     * harvest of the same data always stores.
     */
    public Graph payload(Node name) {
        Graph source = graph(name);
        Graph payload = GraphFactory.createGraphMem();
        source.find().forEachRemaining(t -> {
            if (!(RUN_DEPENDENT.contains(t.getPredicate()) && isRecord(source, t.getSubject()))) {
                payload.add(t);
            }
        });
        return payload;
    }

    /** True when every catalogue record of the graph has exactly one of each run-dependent triple. */
    public boolean recordsComplete(Node name) {
        Graph source = graph(name);
        return source.find(Node.ANY, RDF.type.asNode(), DCAT.CatalogRecord.asNode()).toList().stream()
                .map(Triple::getSubject)
                .allMatch(r -> RUN_DEPENDENT.stream().allMatch(p -> source.find(r, p, Node.ANY).toList().size() == 1));
    }

    private static boolean isRecord(Graph graph, Node subject) {
        return graph.contains(subject, RDF.type.asNode(), DCAT.CatalogRecord.asNode());
    }

    /** True when both graphs hold the same triples (blank nodes matched by isomorphism). */
    public static boolean same(Graph a, Graph b) {
        return a.size() == b.size() && a.isIsomorphicWith(b);
    }

    /** True when every triple of {@code part} is in {@code whole}. */
    public static boolean contains(Graph whole, Graph part) {
        return part.find().toList().stream().allMatch(whole::contains);
    }
}
