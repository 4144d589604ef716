// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.slimcat.store.CatalogueStore;
import be.slimcat.store.StoreUnderTest;
import be.slimcat.vocab.SlimcatIris;

/** SlimCat's catalogue over the sample data and three harvested sources, page by page and whole. */
class CatalogueFeedTest {
    private static final String BASE = "https://data.slimcat.be";
    @TempDir static Path dir;
    static CatalogueStore store;
    static CatalogueFeed feed;

    @BeforeAll
    static void load() {
        store = StoreUnderTest.open(dir);
        HarvestedFixtures.loadInto(store, SlimcatIris.defaults());
        feed = new CatalogueFeed(SlimcatIris.defaults());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri.startsWith("/") ? BASE + iri : iri);
    }

    @Test
    void countsOwnExampleAndHarvestedRecords() {
        // 3 own records + 19 example datasets + 3 example data services + gent 3 + antwerpen 2 + leuven 1
        assertEquals(31, feed.totalItems(store));
    }

    @Test
    void firstPageHasOwnRecordsFirstThenRecordsByIri() {
        CataloguePage page = feed.page(store, 0, 10);
        assertEquals(31, page.totalItems());
        assertEquals(List.of(iri("/id/dataservice/slimcat-sparql"), iri("/id/dataset/slimcat"), iri("/id/dataset/slimcat-inventaris"),
                iri("https://data.leuven.be/dataset/luchtmeting"), iri("/id/dataservice/antwerpen-datex-api"),
                iri("/id/dataservice/gent-parkeer-api"), iri("/id/dataservice/vmm-luchtkwaliteit-api"),
                iri("/id/dataset/aiv-open-data-charter"), iri("/id/dataset/antwerpen-parkeerbezetting"),
                iri("/id/dataset/brugge-afvalkalender")), page.items());
        Graph g = page.graph();
        Node catalogue = iri("/id/catalogus/slimcat");
        assertEquals(Set.of(iri("/id/catalogus/slimcat-voorbeelden"), iri("/id/catalogus/bron-antwerpen"),
                iri("/id/catalogus/bron-gent"), iri("/id/catalogus/bron-leuven")), objects(g, catalogue, DCAT.catalog.asNode()));
        assertEquals(Set.of(iri("/id/dataset/slimcat"), iri("/id/dataset/slimcat-inventaris")), objects(g, catalogue, DCAT.dataset.asNode()));
        assertEquals(Set.of(iri("/id/dataservice/slimcat-sparql")), objects(g, catalogue, DCAT.service.asNode()));
        assertEquals(Set.of(iri("/id/dataset/aiv-open-data-charter"), iri("/id/dataset/antwerpen-parkeerbezetting"),
                iri("/id/dataset/brugge-afvalkalender")), objects(g, iri("/id/catalogus/slimcat-voorbeelden"), DCAT.dataset.asNode()));
        assertEquals(Set.of(iri("https://data.leuven.be/dataset/luchtmeting")), objects(g, iri("/id/catalogus/bron-leuven"), DCAT.dataset.asNode()));
        assertEquals(Set.of(), objects(g, iri("/id/catalogus/bron-gent"), DCAT.dataset.asNode()));
        assertEquals(Set.of(NodeFactory.createLiteralDT("2026-11-22T02:16:00Z", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime)),
                objects(g, catalogue, DCTerms.modified.asNode()));
        // 2 own, leuven and 3 examples; the other 4 records are data services
        assertEquals(6, g.find(Node.ANY, RDF.type.asNode(), DCAT.Dataset.asNode()).toList().size());
    }

    @Test
    void ownDumpIsAFiveStarDistribution() {
        Graph g = feed.page(store, 0, 3).graph();
        Node dump = iri("/id/distributie/slimcat-dump");
        assertEquals(Set.of(dump, iri("/id/distributie/slimcat-sparql")), objects(g, iri("/id/dataset/slimcat"), DCAT.distribution.asNode()));
        assertEquals(Set.of(iri("/dump.nq.gz")), objects(g, dump, DCAT.downloadURL.asNode()));
        assertEquals(Set.of(iri("https://www.iana.org/assignments/media-types/application/n-quads")), objects(g, dump, DCAT.mediaType.asNode()));
        assertEquals(Set.of(iri("https://www.iana.org/assignments/media-types/application/gzip")), objects(g, dump, DCAT.compressFormat.asNode()));
        assertEquals(Set.of(iri("http://publications.europa.eu/resource/authority/licence/CC_BY_4_0")), objects(g, dump, DCTerms.license.asNode()));
        assertEquals(Set.of(iri("/data?graph=https%3A%2F%2Fdata.slimcat.be%2Fgraph%2Finventory")),
                objects(g, iri("/id/distributie/slimcat-inventaris-turtle"), DCAT.downloadURL.asNode()));
    }

    @Test
    void sourceSubCataloguesAreDescribedFromTheSourcesAndTheHarvestLog() {
        Graph g = feed.page(store, 20, 10).graph();
        Node gent = iri("/id/catalogus/bron-gent");
        assertEquals(Set.of(NodeFactory.createLiteralLang("Open data portaal Stad Gent", "nl"),
                NodeFactory.createLiteralLang("Open data portal of the City of Ghent", "en")), objects(g, gent, DCTerms.title.asNode()));
        assertEquals(Set.of(iri("/id/gemeente/44021")), objects(g, gent, DCTerms.publisher.asNode()));
        assertEquals(Set.of(iri("/id/bron/gent")), objects(g, gent, DCTerms.source.asNode()));
        assertEquals(Set.of(NodeFactory.createLiteralDT("2026-11-22T02:01:30Z", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime)),
                objects(g, gent, DCTerms.modified.asNode()));
        assertEquals(Set.of(iri("https://data.stad.gent/id/dataset/bezetting-parkeergarages"), iri("https://data.stad.gent/id/dataset/fietstellingen")),
                objects(g, gent, DCAT.dataset.asNode()));
        assertEquals(Set.of(iri("https://data.stad.gent/id/dataservice/parkeer-api")), objects(g, gent, DCAT.service.asNode()));
        assertEquals(Set.of(iri("https://portaal-stadantwerpen.opendata.arcgis.com/datasets/bomen")),
                objects(g, iri("/id/catalogus/bron-antwerpen"), DCAT.dataset.asNode()));
        // leuven's only record is on the first page: its sub-catalogue is not on this one
        assertEquals(Set.of(), objects(g, iri("/id/catalogus/bron-leuven"), RDF.type.asNode()));
        // the inventory names Gent with skos:prefLabel: the page makes it a named foaf:Agent
        Node gentCity = iri("/id/gemeente/44021");
        assertEquals(Set.of(FOAF.Agent.asNode()), objects(g, gentCity, RDF.type.asNode()));
        assertEquals(Set.of(NodeFactory.createLiteralLang("Gent", "nl")), objects(g, gentCity, FOAF.name.asNode()));
        // a publisher the harvested record describes keeps its own name
        Node company = iri("https://data.stad.gent/id/organisatie/mobiliteitsbedrijf");
        assertEquals(Set.of(NodeFactory.createLiteralLang("Mobiliteitsbedrijf Gent", "nl")), objects(g, company, FOAF.name.asNode()));
        // a blank-node distribution comes with its dataset
        Node blank = objects(g, iri("https://data.stad.gent/id/dataset/fietstellingen"), DCAT.distribution.asNode()).iterator().next();
        assertTrue(blank.isBlank());
        assertEquals(Set.of(iri("https://data.stad.gent/explore/dataset/fietstellingen/json")), objects(g, blank, DCAT.accessURL.asNode()));
    }

    @Test
    void sourceDescribedNowhereGetsTitlesOfItsIdentifier() {
        Graph g = feed.page(store, 0, 4).graph();
        Node leuven = iri("/id/catalogus/bron-leuven");
        assertEquals(Set.of(NodeFactory.createLiteralLang("Bron leuven", "nl"), NodeFactory.createLiteralLang("Source leuven", "en")),
                objects(g, leuven, DCTerms.title.asNode()));
        assertEquals(Set.of(iri("/id/organisatie/slimcat")), objects(g, leuven, DCTerms.publisher.asNode()));
    }

    @Test
    void theOrderFollowsEveryChangeOfTheStore() {
        assertEquals(31, feed.page(store, 0, 1).totalItems());
        Node extraGraph = SlimcatIris.defaults().sourceGraph("extra");
        Graph extra = GraphFactory.createDefaultGraph();
        Node dataset = iri("https://data.extra.example/dataset/1");
        Node record = iri("/id/catalogusrecord/extra-0000000000000001");
        extra.add(dataset, RDF.type.asNode(), DCAT.Dataset.asNode());
        extra.add(record, RDF.type.asNode(), DCAT.CatalogRecord.asNode());
        extra.add(record, FOAF.primaryTopic.asNode(), dataset);
        store.replaceGraph(extraGraph, extra);
        try {
            // data.extra.example sorts right after the 3 own records, before data.leuven.be: the rest moves one on
            CataloguePage page = feed.page(store, 3, 2);
            assertEquals(32, page.totalItems());
            assertEquals(List.of(dataset, iri("https://data.leuven.be/dataset/luchtmeting")), page.items());
            assertEquals(List.of(iri("https://data.stad.gent/id/dataservice/parkeer-api")), feed.page(store, 27, 1).items());
        } finally {
            store.replaceGraph(extraGraph, GraphFactory.createDefaultGraph());
        }
        assertEquals(31, feed.totalItems(store));
    }

    @Test
    void pagesTogetherListEveryRecordOnce() {
        List<Node> all = new ArrayList<>();
        for (long offset = 0; offset < 31; offset += 7) {
            all.addAll(feed.page(store, offset, 7).items());
        }
        assertEquals(31, all.size());
        assertEquals(31, new TreeSet<>(all.stream().map(Node::getURI).toList()).size());
        assertEquals(List.of(), feed.page(store, 31, 7).items());
    }

    @Test
    void theWholeCatalogueIsOneDocumentWithEveryRecordListedOnce() {
        for (RDFFormat format : List.of(RDFFormat.TURTLE_BLOCKS, RDFFormat.NTRIPLES, RDFFormat.JSONLD, RDFFormat.RDFXML)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            feed.write(store, format, out);
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(format.getLang()).parse(g);
            List<Node> listed = new ArrayList<>();
            g.find(Node.ANY, DCAT.dataset.asNode(), Node.ANY).forEachRemaining(t -> listed.add(t.getObject()));
            g.find(Node.ANY, DCAT.service.asNode(), Node.ANY).forEachRemaining(t -> listed.add(t.getObject()));
            assertEquals(31, listed.size(), format.toString());
            assertEquals(31, Set.copyOf(listed).size(), format.toString());
            assertEquals(4, objects(g, iri("/id/catalogus/slimcat"), DCAT.catalog.asNode()).size(), format.toString());
            // 2 own + 19 examples + gent 2 + antwerpen 2 + leuven 1
            assertEquals(26, g.find(Node.ANY, RDF.type.asNode(), DCAT.Dataset.asNode()).toList().size(), format.toString());
            assertFalse(g.find(Node.ANY, Node.ANY, iri("http://www.w3.org/ns/hydra/core#PartialCollectionView")).hasNext());
        }
    }

    static Set<Node> objects(Graph g, Node s, Node p) {
        Set<Node> result = new java.util.HashSet<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> result.add(t.getObject()));
        return result;
    }
}
