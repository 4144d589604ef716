// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.feeds;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The SPARQL 1.1 Service Description terms ({@code http://www.w3.org/ns/sparql-service-description#}) and
 * the W3C format IRIs ({@code http://www.w3.org/ns/formats/}) the service description uses.
 */
final class SD {
    static final String NS = "http://www.w3.org/ns/sparql-service-description#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";
    static final Node Service = term("Service");
    static final Node Dataset = term("Dataset");
    static final Node Graph = term("Graph");
    static final Node NamedGraph = term("NamedGraph");
    static final Node endpoint = term("endpoint");
    static final Node supportedLanguage = term("supportedLanguage");
    static final Node SPARQL11Query = term("SPARQL11Query");
    static final Node resultFormat = term("resultFormat");
    static final Node feature = term("feature");
    static final Node UnionDefaultGraph = term("UnionDefaultGraph");
    static final Node defaultEntailmentRegime = term("defaultEntailmentRegime");
    static final Node defaultDataset = term("defaultDataset");
    static final Node defaultGraph = term("defaultGraph");
    static final Node namedGraph = term("namedGraph");
    static final Node name = term("name");
    static final Node graph = term("graph");
    static final Node SIMPLE_ENTAILMENT = NodeFactory.createURI("http://www.w3.org/ns/entailment/Simple");

    private SD() {}

    static Node format(String local) {
        return NodeFactory.createURI(FORMATS + local);
    }

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
