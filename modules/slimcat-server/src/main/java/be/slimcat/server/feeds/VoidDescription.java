// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.feeds;

import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;

import be.slimcat.store.GraphSummary;
import be.slimcat.vocab.SlimcatIris;

/**
 * The VoID description of the whole store: the dataset {@code {base}/id/dataset/slimcat} (the same
 * dataset the catalogue lists) with its SPARQL endpoint, its dump, its triple count, the vocabularies of
 * SlimCat's model, and one {@code void:subset} per named graph (the graph's IRI) with its triple count.
 */
final class VoidDescription {
    /** The vocabularies SlimCat's data uses (ontologies/MODEL.md). */
    static final List<String> VOCABULARIES = List.of(DCAT.NS, DCTerms.NS, FOAF.NS, "http://www.w3.org/2006/vcard/ns#",
            "http://www.w3.org/2004/02/skos/core#", "http://www.w3.org/ns/org#", "http://www.w3.org/ns/adms#",
            "http://www.w3.org/ns/locn#", "http://www.w3.org/ns/prov#", "http://www.w3.org/ns/dqv#",
            "http://www.w3.org/ns/shacl#", "http://schema.org/", "https://data.slimcat.be/ns/slimcat#",
            "https://data.slimcat.be/ns/quality#");

    private final SlimcatIris iris;

    VoidDescription(SlimcatIris iris) {
        this.iris = iris;
    }

    /** The description for the graphs and their sizes. */
    Graph describe(List<GraphSummary> graphs) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("void", VOID.NS).setNsPrefix("dct", DCTerms.NS).setNsPrefix("foaf", FOAF.NS)
                .setNsPrefix("dcat", DCAT.NS);
        Node document = NodeFactory.createURI(iris.base() + "/void");
        Node dataset = iris.thing("dataset", "slimcat");
        g.add(document, RDF.type.asNode(), VOID.DatasetDescription.asNode());
        g.add(document, FOAF.primaryTopic.asNode(), dataset);
        g.add(dataset, RDF.type.asNode(), VOID.Dataset.asNode());
        g.add(dataset, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Alle gegevens van SlimCat", "nl"));
        g.add(dataset, DCTerms.title.asNode(), NodeFactory.createLiteralLang("All data of SlimCat", "en"));
        g.add(dataset, DCTerms.publisher.asNode(), iris.thing("organisatie", "slimcat"));
        g.add(dataset, DCTerms.license.asNode(), NodeFactory.createURI("http://publications.europa.eu/resource/authority/licence/CC_BY_4_0"));
        g.add(dataset, FOAF.homepage.asNode(), NodeFactory.createURI(iris.base() + "/"));
        g.add(dataset, VOID.sparqlEndpoint.asNode(), NodeFactory.createURI(iris.base() + "/sparql"));
        g.add(dataset, VOID.dataDump.asNode(), NodeFactory.createURI(iris.base() + "/dump.nq.gz"));
        g.add(dataset, VOID.uriSpace.asNode(), NodeFactory.createLiteralString(iris.base() + "/id/"));
        VOCABULARIES.forEach(v -> g.add(dataset, VOID.vocabulary.asNode(), NodeFactory.createURI(v)));
        long total = 0;
        for (GraphSummary graph : graphs) {
            total += graph.triples();
            g.add(dataset, VOID.subset.asNode(), graph.graph());
            g.add(graph.graph(), RDF.type.asNode(), VOID.Dataset.asNode());
            g.add(graph.graph(), VOID.triples.asNode(), integer(graph.triples()));
        }
        g.add(dataset, VOID.triples.asNode(), integer(total));
        return g;
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
