// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.feeds;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;

import be.slimcat.store.GraphSummary;

/**
 * The SPARQL 1.1 Service Description of the endpoint: SPARQL 1.1 Query, the result formats it writes,
 * the default graph as the union of the named graphs (its size is not stated: a triple in several graphs
 * counts once there), and every named graph with its triple count.
 */
final class ServiceDescription {
    private static final List<String> RESULT_FORMATS = List.of("SPARQL_Results_JSON", "SPARQL_Results_XML",
            "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "JSON-LD", "RDF_XML", "N-Triples");

    private ServiceDescription() {}

    /** The description of the endpoint at {@code endpoint} over the graphs. */
    static Graph describe(String endpoint, List<GraphSummary> graphs) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("sd", SD.NS).setNsPrefix("formats", SD.FORMATS).setNsPrefix("void", VOID.NS);
        Node service = NodeFactory.createBlankNode();
        g.add(service, RDF.type.asNode(), SD.Service);
        g.add(service, SD.endpoint, NodeFactory.createURI(endpoint));
        g.add(service, SD.supportedLanguage, SD.SPARQL11Query);
        RESULT_FORMATS.forEach(f -> g.add(service, SD.resultFormat, SD.format(f)));
        g.add(service, SD.feature, SD.UnionDefaultGraph);
        g.add(service, SD.defaultEntailmentRegime, SD.SIMPLE_ENTAILMENT);
        Node dataset = NodeFactory.createBlankNode();
        g.add(service, SD.defaultDataset, dataset);
        g.add(dataset, RDF.type.asNode(), SD.Dataset);
        Node defaultGraph = NodeFactory.createBlankNode();
        g.add(dataset, SD.defaultGraph, defaultGraph);
        g.add(defaultGraph, RDF.type.asNode(), SD.Graph);
        for (GraphSummary summary : graphs) {
            Node named = NodeFactory.createBlankNode();
            Node graph = NodeFactory.createBlankNode();
            g.add(dataset, SD.namedGraph, named);
            g.add(named, RDF.type.asNode(), SD.NamedGraph);
            g.add(named, SD.name, summary.graph());
            g.add(named, SD.graph, graph);
            g.add(graph, RDF.type.asNode(), SD.Graph);
            g.add(graph, VOID.triples.asNode(), VoidDescription.integer(summary.triples()));
        }
        return g;
    }
}
