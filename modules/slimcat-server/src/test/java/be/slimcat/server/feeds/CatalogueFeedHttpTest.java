// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /catalog} over real HTTP on the sample data plus three harvested sources: 31 records (3 own,
 * 19 example datasets and 3 example data services, gent 3, antwerpen 2, leuven 1), Hydra paging that a
 * harvester can follow, content negotiation and the errors.
 */
class CatalogueFeedHttpTest {
    private static final Node CATALOGUE = NodeFactory.createURI("https://data.slimcat.be/id/catalogus/slimcat");
    @TempDir static Path dir;
    static ServedFeeds site;

    @BeforeAll
    static void start() {
        site = ServedFeeds.start(dir);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void aHarvesterFollowingNextFromPageOneCollectsEveryRecordOnce() throws Exception {
        List<Node> records = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        Optional<String> next = Optional.of(site.url("/catalog?pageSize=10"));
        while (next.isPresent()) {
            pages.add(next.get());
            Graph page = site.graph(next.get());
            for (Node type : List.of(DCAT.Dataset.asNode(), DCAT.DataService.asNode())) {
                page.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> records.add(t.getSubject()));
            }
            next = page.find(Node.ANY, Hydra.next, Node.ANY).nextOptional().map(t -> t.getObject().getURI());
        }
        String base = site.url("/catalog?page=");
        assertEquals(List.of(site.url("/catalog?pageSize=10"), base + "2&pageSize=10", base + "3&pageSize=10", base + "4&pageSize=10"), pages);
        assertEquals(31, records.size());
        assertEquals(31, new HashSet<>(records).size());
    }

    @Test
    void pageOneHasTheHydraViewAndTheFullCatalogue() throws Exception {
        Graph page = site.graph("/catalog?pageSize=10");
        String base = site.url("/catalog?page=");
        Node view = NodeFactory.createURI(base + "1&pageSize=10");
        assertEquals(Set.of(NodeFactory.createLiteralDT("31", XSDDatatype.XSDinteger)), objects(page, CATALOGUE, Hydra.totalItems));
        assertEquals(Set.of(view), objects(page, CATALOGUE, Hydra.view));
        assertEquals(Set.of(Hydra.PartialCollectionView), objects(page, view, RDF.type.asNode()));
        assertEquals(Set.of(view), objects(page, view, Hydra.first));
        assertEquals(Set.of(NodeFactory.createURI(base + "4&pageSize=10")), objects(page, view, Hydra.last));
        assertEquals(Set.of(NodeFactory.createURI(base + "2&pageSize=10")), objects(page, view, Hydra.next));
        assertEquals(Set.of(), objects(page, view, Hydra.previous));
        assertEquals(10, objects(page, CATALOGUE, Hydra.member).size());
        assertEquals(4, objects(page, CATALOGUE, DCAT.catalog.asNode()).size());
        assertEquals(Set.of(Hydra.Collection, DCAT.Catalog.asNode()), objects(page, CATALOGUE, RDF.type.asNode()));
    }

    @Test
    void theLastPageLinksBackAndHasOneRecord() throws Exception {
        Graph page = site.graph("/catalog?page=4&pageSize=10");
        Node view = NodeFactory.createURI(site.url("/catalog?page=4&pageSize=10"));
        assertEquals(Set.of(NodeFactory.createURI(site.url("/catalog?page=3&pageSize=10"))), objects(page, view, Hydra.previous));
        assertEquals(Set.of(), objects(page, view, Hydra.next));
        assertEquals(Set.of(NodeFactory.createURI("https://portaal-stadantwerpen.opendata.arcgis.com/datasets/zones")),
                objects(page, CATALOGUE, Hydra.member));
    }

    @Test
    void theDefaultPageHoldsAllThirtyOneRecords() throws Exception {
        Graph page = site.graph("/catalog");
        Node view = NodeFactory.createURI(site.url("/catalog?page=1"));
        assertEquals(31, objects(page, CATALOGUE, Hydra.member).size());
        assertEquals(Set.of(view), objects(page, view, Hydra.last));
        assertEquals(Set.of(), objects(page, view, Hydra.next));
    }

    @Test
    void aPageSizeAboveTheCapIsCut() throws Exception {
        Graph page = site.graph("/catalog?pageSize=5000");
        assertEquals(Set.of(NodeFactory.createURI(site.url("/catalog?page=1&pageSize=1000"))), objects(page, CATALOGUE, Hydra.view));
    }

    @Test
    void everyRdfSyntaxByAcceptAndByFormat() throws Exception {
        int triples = site.graph("/catalog?pageSize=10", "Accept", "text/turtle").size();
        for (String[] c : new String[][] {{"text/turtle", "turtle"}, {"application/ld+json", "jsonld"},
                {"application/rdf+xml", "rdfxml"}, {"application/n-triples", "nt"}}) {
            HttpResponse<byte[]> byAccept = site.get("/catalog?pageSize=10", "Accept", c[0]);
            assertEquals(c[0], ServedFeeds.contentType(byAccept));
            assertEquals(triples, ServedFeeds.parse(byAccept).size(), c[0]);
            HttpResponse<byte[]> byFormat = site.get("/catalog?pageSize=10&format=" + c[1], "Accept", "text/html");
            assertEquals(c[0], ServedFeeds.contentType(byFormat));
            Graph g = ServedFeeds.parse(byFormat);
            assertEquals(Set.of(NodeFactory.createURI(site.url("/catalog?page=2&pageSize=10&format=" + c[1]))),
                    objects(g, NodeFactory.createURI(site.url("/catalog?page=1&pageSize=10&format=" + c[1])), Hydra.next), c[1]);
        }
        HttpResponse<byte[]> browser = site.get("/catalog?pageSize=10", "Accept", "text/html,application/xhtml+xml;q=0.9");
        assertEquals("text/turtle", ServedFeeds.contentType(browser));
        assertEquals("Accept", browser.headers().firstValue("Vary").orElseThrow());
    }

    @Test
    void badRequestsGetClearErrors() throws Exception {
        assertError(400, "The parameter page=0 is not a whole number from 1", site.get("/catalog?page=0"));
        assertError(400, "The parameter pageSize=ten is not a whole number from 1", site.get("/catalog?pageSize=ten"));
        assertError(400, "Unknown format 'xlsx'", site.get("/catalog?format=xlsx"));
        assertError(404, "There is no page 5: the catalogue has 31 records, 4 page(s) of 10", site.get("/catalog?page=5&pageSize=10"));
        HttpResponse<byte[]> post = site.send("POST", "/catalog");
        assertEquals(405, post.statusCode());
        assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElseThrow());
    }

    private static void assertError(int status, String start, HttpResponse<byte[]> response) {
        assertEquals(status, response.statusCode());
        String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(body.startsWith(start), body);
    }

    static Set<Node> objects(Graph g, Node s, Node p) {
        Set<Node> result = new HashSet<>();
        g.find(s, p, Node.ANY).mapWith(Triple::getObject).forEachRemaining(result::add);
        return result;
    }
}
