// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import be.slimcat.server.browser.SampleSite;

/** The other minted IRIs: named graphs ({@code /graph/...}) and the vocabularies ({@code /ns/...}). */
class GraphAndVocabularyTest {
    @TempDir static Path dir;
    static SampleSite site;

    @BeforeAll
    static void start() {
        site = SampleSite.start(dir, "/be/slimcat/server/ld/harvested.trig");
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static Graph parse(String text, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, lang).parse(g);
        return g;
    }

    @Test
    void aSourceGraphIsDescribedWithItsSizeClassesDumpQualityGraphAndSource() throws Exception {
        HttpResponse<String> r = site.get("/graph/source/gent", "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        assertEquals("/graph/source/gent?format=ttl", r.headers().firstValue("Content-Location").orElseThrow());
        // harvested.trig: the dataset has 6 triples, the distribution 3, the catalogue record 7.
        Graph expected = parse("""
                @prefix void: <http://rdfs.org/ns/void#> .
                @prefix dcat: <http://www.w3.org/ns/dcat#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix dct:  <http://purl.org/dc/terms/> .
                <https://data.slimcat.be/graph/source/gent> a void:Dataset ;
                    void:triples 16 ;
                    void:dataDump <https://data.slimcat.be/data?graph=https%3A%2F%2Fdata.slimcat.be%2Fgraph%2Fsource%2Fgent> ;
                    void:classPartition [ void:class dcat:Dataset ; void:entities 1 ] ,
                        [ void:class dcat:Distribution ; void:entities 1 ] ,
                        [ void:class dcat:CatalogRecord ; void:entities 1 ] ;
                    rdfs:seeAlso <https://data.slimcat.be/graph/quality/source/gent> ;
                    dct:source <https://data.slimcat.be/id/bron/gent> .
                """, Lang.TURTLE);
        Graph actual = parse(r.body(), Lang.TURTLE);
        assertTrue(IsoMatcher.isomorphic(expected, actual), r.body());
    }

    @Test
    void aQualityGraphSaysWhichGraphItIsAbout() throws Exception {
        Graph g = parse(site.get("/graph/quality/source/gent?format=nt").body(), Lang.NTRIPLES);
        var graph = NodeFactory.createURI("https://data.slimcat.be/graph/quality/source/gent");
        // 3 measurements of 6 triples, a report of 7, two results of 9.
        assertTrue(g.contains(Triple.create(graph, NodeFactory.createURI("http://rdfs.org/ns/void#triples"),
                NodeFactory.createLiteralDT("43", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger))));
        assertTrue(g.contains(Triple.create(graph, NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom"),
                NodeFactory.createURI("https://data.slimcat.be/graph/source/gent"))));
    }

    @Test
    void theGraphPageLinksItsDataAndRelatedGraphs() throws Exception {
        String body = site.get("/graph/source/gent?lang=en").body();
        assertTrue(body.contains("<p class=\"lead\">16 triples</p>"), body);
        assertTrue(body.contains("<a href=\"/data?graph=https%3A%2F%2Fdata.slimcat.be%2Fgraph%2Fsource%2Fgent\">"), body);
        assertTrue(body.contains("Harvest source: <a href=\"/id/bron/gent\">Open data portal of the City of Ghent</a>"), body);
        assertTrue(body.contains("<td><a href=\"http://www.w3.org/ns/dcat#Dataset\" title=\"http://www.w3.org/ns/dcat#Dataset\">dataset</a></td><td class=\"num\">1</td>"), body);
    }

    @Test
    void theOntologyIsServedAsAPageWithAnAnchorPerTermAndAsRdf() throws Exception {
        String nl = site.get("/ns/slimcat").body();
        assertTrue(nl.contains("<h1>SlimCat-ontologie</h1>"), nl);
        assertTrue(nl.contains("<dt id=\"Project\"><a href=\"#Project\">Project</a> <code>Project</code></dt>"), nl);
        assertTrue(nl.contains("<dt id=\"fundedBy\"><a href=\"#fundedBy\">gefinancierd door</a> <code>fundedBy</code></dt>"), nl);
        String en = site.get("/ns/slimcat", "Accept-Language", "en").body();
        assertTrue(en.contains("<h1>SlimCat ontology</h1>"), en);
        assertTrue(en.contains("<dt id=\"fundedBy\"><a href=\"#fundedBy\">funded by</a> <code>fundedBy</code></dt>"), en);

        Graph ttl = parse(site.get("/ns/slimcat", "Accept", "text/turtle").body(), Lang.TURTLE);
        assertTrue(ttl.contains(Triple.create(NodeFactory.createURI("https://data.slimcat.be/ns/slimcat#Project"),
                NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"), NodeFactory.createLiteralLang("Project", "nl"))));
        assertTrue(ttl.contains(Triple.create(NodeFactory.createURI("https://data.slimcat.be/ns/slimcat"),
                NodeFactory.createURI("http://purl.org/dc/terms/title"), NodeFactory.createLiteralLang("SlimCat ontology", "en"))));
        assertTrue(ttl.find(NodeFactory.createURI("https://data.slimcat.be/ns/quality#starRating"), null, null).toList().isEmpty(),
                "the quality vocabulary is served at /ns/quality");
    }

    @Test
    void unknownGraphsAndVocabulariesAre404() throws Exception {
        assertEquals(404, site.get("/graph/source/nowhere").statusCode());
        HttpResponse<String> ns = site.get("/ns/nothing", "Accept", "text/turtle");
        assertEquals(404, ns.statusCode());
        assertEquals("Not found: SlimCat has no triples about <https://data.slimcat.be/ns/nothing>.\n"
                + "Search the catalogue at /zoeken or ask /sparql.\n", ns.body());
    }
}
