// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

import be.slimcat.quality.LinkStatuses;
import be.slimcat.quality.dqv.QualityRun;
import be.slimcat.store.CatalogueStore;
import be.slimcat.vocab.PROV;
import be.slimcat.vocab.SlimcatIris;

/**
 * Validates and scores graphs loaded into the store (by {@code slimcat load}, or the samples on an empty
 * store) as harvested sources are: one load activity {@code {base}/id/lading/{uuid}} (a prov:Activity in
 * the trend graph, prov:generated the graphs) is the run of their reports and measurements. Only graphs
 * under {@code {base}/graph/} get quality graphs.
 */
final class LoadedGraphQuality {
    private final CatalogueStore store;
    private final SlimcatIris iris;

    LoadedGraphQuality(CatalogueStore store, SlimcatIris iris) {
        this.store = store;
        this.iris = iris;
    }

    /** Whether SlimCat keeps quality figures for the graph. */
    boolean covers(Node graph) {
        return graph.isURI() && graph.getURI().startsWith(iris.base() + "/graph/")
                && !graph.getURI().startsWith(iris.base() + "/graph/quality") && !graph.getURI().startsWith(iris.base() + "/graph/baseline/");
    }

    /** Assesses the graphs it covers in one load activity, then refreshes the catalogue's figures. */
    List<QualityPass.Result> assess(List<Node> graphs) {
        Instant now = Instant.now();
        Node load = iris.thing("lading", UUID.randomUUID().toString());
        Graph activity = GraphFactory.createDefaultGraph();
        activity.add(load, RDF.type.asNode(), PROV.Activity.asNode());
        activity.add(load, PROV.endedAtTime.asNode(), NodeFactory.createLiteralDT(now.toString(), XSDDatatype.XSDdateTime));
        List<QualityPass.Result> results = new ArrayList<>();
        QualityPass pass = graphs.stream().anyMatch(this::covers) ? QualityPass.bundled(store, iris) : null;
        for (Node graph : graphs) {
            if (covers(graph)) {
                activity.add(load, PROV.generated.asNode(), graph);
                results.add(pass.run(QualityTarget.ofGraph(iris, graph), new QualityRun(load, now), LinkStatuses.none()));
            }
        }
        if (!results.isEmpty()) {
            store.addToGraph(iris.qualityTrendGraph(), activity);
            new CatalogueQuality(iris).refresh(store, Instant.now(), List.of(load));
        }
        return results;
    }
}
