// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full dump, the VoID description and the SPARQL Service Description over real HTTP, on the sample
 * data plus three harvested sources: eight named graphs.
 */
class StoreDescriptionsHttpTest {
    private static final String BASE = "https://data.slimcat.be";
    @TempDir static Path dir;
    static ServedFeeds site;
    static Map<Node, Long> dumpedQuads;

    @BeforeAll
    static void start() throws Exception {
        site = ServedFeeds.start(dir);
        HttpResponse<byte[]> dump = site.get("/dump.nq.gz");
        assertEquals(200, dump.statusCode());
        assertEquals("application/gzip", ServedFeeds.contentType(dump));
        Map<Node, Long> counts = new HashMap<>();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(dump.body()))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    counts.merge(quad.getGraph(), 1L, Long::sum);
                }
            });
        }
        dumpedQuads = counts;
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static Node graph(String name) {
        return NodeFactory.createURI(BASE + "/graph/" + name);
    }

    @Test
    void theDumpHoldsEveryNamedGraph() {
        assertEquals(Set.of(graph("vocabulary"), graph("inventory"), graph("examples"), graph("sources"),
                graph("source/gent"), graph("source/antwerpen"), graph("source/leuven"), graph("harvest-log")), dumpedQuads.keySet());
        // counted by hand in the fixtures of slimcat-store (src/test/resources/catalog/)
        assertEquals(48, dumpedQuads.get(graph("source/gent")));
        assertEquals(22, dumpedQuads.get(graph("source/antwerpen")));
        assertEquals(7, dumpedQuads.get(graph("source/leuven")));
        assertEquals(15, dumpedQuads.get(graph("harvest-log")));
    }

    @Test
    void voidDescribesTheStoreAtBothAddresses() throws Exception {
        for (String path : new String[] {"/.well-known/void", "/void"}) {
            Graph v = site.graph(path);
            Node dataset = NodeFactory.createURI(BASE + "/id/dataset/slimcat");
            assertEquals(Set.of(VOID.Dataset.asNode()), objects(v, dataset, RDF.type.asNode()));
            assertEquals(Set.of(NodeFactory.createURI(BASE + "/sparql")), objects(v, dataset, VOID.sparqlEndpoint.asNode()));
            assertEquals(Set.of(NodeFactory.createURI(BASE + "/dump.nq.gz")), objects(v, dataset, VOID.dataDump.asNode()));
            assertEquals(14, objects(v, dataset, VOID.vocabulary.asNode()).size());
            assertEquals(dumpedQuads.keySet(), objects(v, dataset, VOID.subset.asNode()));
            long total = 0;
            for (Map.Entry<Node, Long> graph : dumpedQuads.entrySet()) {
                assertEquals(Set.of(integer(graph.getValue())), objects(v, graph.getKey(), VOID.triples.asNode()));
                total += graph.getValue();
            }
            assertEquals(Set.of(integer(total)), objects(v, dataset, VOID.triples.asNode()));
        }
        assertEquals("application/ld+json", ServedFeeds.contentType(site.get("/void", "Accept", "application/ld+json")));
    }

    @Test
    void theSparqlEndpointDescribesItselfToRdfClients() throws Exception {
        Graph sd = site.graph("/sparql", "Accept", "text/turtle");
        Node service = sd.find(Node.ANY, RDF.type.asNode(), SD.Service).next().getSubject();
        assertEquals(Set.of(NodeFactory.createURI(site.url("/sparql"))), objects(sd, service, SD.endpoint));
        assertEquals(Set.of(SD.SPARQL11Query), objects(sd, service, SD.supportedLanguage));
        assertEquals(8, objects(sd, service, SD.resultFormat).size());
        Node dataset = objects(sd, service, SD.defaultDataset).iterator().next();
        Set<Node> names = new HashSet<>();
        for (Node named : objects(sd, dataset, SD.namedGraph)) {
            Node name = objects(sd, named, SD.name).iterator().next();
            names.add(name);
            Node graph = objects(sd, named, SD.graph).iterator().next();
            assertEquals(Set.of(integer(dumpedQuads.get(name))), objects(sd, graph, VOID.triples.asNode()));
        }
        assertEquals(dumpedQuads.keySet(), names);
        assertEquals("application/rdf+xml", ServedFeeds.contentType(site.get("/sparql", "Accept", "application/rdf+xml")));
    }

    @Test
    void queriesAndOtherClientsStillReachTheEndpoint() throws Exception {
        HttpResponse<byte[]> ask = site.get("/sparql?query=ASK%7B%7D", "Accept", "application/sparql-results+json");
        assertEquals(200, ask.statusCode());
        assertTrue(new String(ask.body()).contains("\"boolean\""));
        HttpResponse<byte[]> noQuery = site.get("/sparql", "Accept", "application/sparql-results+json");
        assertNotEquals("text/turtle", noQuery.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    static Set<Node> objects(Graph g, Node s, Node p) {
        Set<Node> result = new HashSet<>();
        g.find(s, p, Node.ANY).mapWith(Triple::getObject).forEachRemaining(result::add);
        return result;
    }
}
