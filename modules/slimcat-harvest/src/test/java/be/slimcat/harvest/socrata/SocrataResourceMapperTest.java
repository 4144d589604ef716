// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.socrata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;

import be.slimcat.harvest.Fixtures;
import be.slimcat.harvest.HarvestedRecord;
import be.slimcat.harvest.RecordProblem;
import be.slimcat.harvest.mapping.UnreadablePageException;
import be.slimcat.vocab.SlimcatIris;

/** The Socrata Discovery API mapper on our own recorded pages. */
class SocrataResourceMapperTest {
    private static final URI PAGE = URI.create("https://api.eu.socrata.com/api/catalog/v1?domains=data.voorbeeldstad.example&limit=3&offset=0");
    private final SocrataResourceMapper mapper = new SocrataResourceMapper(SlimcatIris.defaults());

    private static HarvestedRecord record(SocrataResourceMapper.MappedPage page, String id) {
        return page.records().stream().filter(r -> r.recordId().equals(id)).findFirst().orElseThrow();
    }

    private static void assertSameGraph(Graph expected, Graph actual) {
        if (expected.isIsomorphicWith(actual)) {
            return;
        }
        Set<String> missing = lines(expected);
        missing.removeAll(lines(actual));
        Set<String> extra = lines(actual);
        extra.removeAll(lines(expected));
        throw new AssertionError("graphs differ\nmissing:\n" + String.join("\n", missing) + "\nextra:\n" + String.join("\n", extra));
    }

    private static Set<String> lines(Graph g) {
        return g.find().toList().stream().map(t -> (t.getSubject().isBlank() ? "_:b" : FmtUtils.stringForNode(t.getSubject()))
                + " " + FmtUtils.stringForNode(t.getPredicate()) + " "
                + (t.getObject().isBlank() ? "_:b" : FmtUtils.stringForNode(t.getObject()))).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void maps_a_full_dataset_to_exact_triples_and_skips_a_chart() {
        SocrataResourceMapper.MappedPage page = mapper.map("voorbeeldstad", PAGE, Fixtures.text("socrata/catalog-page1.json"));
        assertEquals(3, page.results());
        assertEquals(1, page.skipped());
        assertEquals(7, page.resultSetSize());
        assertEquals(List.of("k7vq-2mfd", "p9zt-a1b2"), page.records().stream().map(HarvestedRecord::recordId).toList());
        assertEquals(List.of(), page.problems(), "a chart is skipped, not a problem");
        HarvestedRecord traffic = record(page, "k7vq-2mfd");
        assertEquals("https://data.slimcat.be/id/dataset/voorbeeldstad-73f78a105a7d5e05", traffic.subject().getURI());
        Graph expected = GraphFactory.createDefaultGraph();
        RDFParser.fromString(Fixtures.text("socrata/expected-verkeerstellingen.ttl")).lang(Lang.TURTLE).parse(expected);
        assertSameGraph(expected, traffic.graph());
    }

    @Test
    void a_resource_without_id_is_rejected_a_map_skipped_and_the_publisher_found_in_domain_metadata() {
        SocrataResourceMapper.MappedPage page = mapper.map("voorbeeldstad", PAGE, Fixtures.text("socrata/catalog-page2.json"));
        assertEquals(3, page.results());
        assertEquals(1, page.skipped());
        assertEquals(List.of("w3xy-7h8j"), page.records().stream().map(HarvestedRecord::recordId).toList());
        assertEquals(1, page.problems().size());
        RecordProblem problem = page.problems().get(0);
        assertTrue(problem.rejected());
        assertEquals("", problem.recordId());
        assertTrue(problem.excerpt().startsWith("{\"resource\":{\"name\":\"Dataset zonder id\""), problem.excerpt());
        assertTrue(problem.reason().startsWith("resource without id"), problem.reason());

        HarvestedRecord air = record(page, "w3xy-7h8j");
        Graph g = air.graph();
        Node publisher = G.getOneSP(g, air.subject(), DCTerms.publisher.asNode());
        assertEquals("https://data.slimcat.be/id/organisatie/voorbeeldstad-119d4240cfd938fb", publisher.getURI());
        assertEquals(NodeFactory.createLiteralDT("2019-05-05", XSDDatatype.XSDdate), G.getOneSP(g, air.subject(), DCTerms.issued.asNode()));
        assertEquals(Set.of("lucht", "fijn stof"), G.find(g, air.subject(), DCAT.keyword.asNode(), null)
                .mapWith(t -> t.getObject().getLiteralLexicalForm()).toSet());
    }

    @Test
    void without_metadata_domain_the_permalink_host_serves_the_distributions() {
        SocrataResourceMapper.MappedPage page = mapper.map("voorbeeldstad", PAGE, Fixtures.text("socrata/catalog-page3.json"));
        HarvestedRecord bikes = record(page, "b1ke-2024");
        Set<String> access = G.find(bikes.graph(), null, DCAT.accessURL.asNode(), null).mapWith(t -> t.getObject().getURI()).toSet();
        assertEquals(Set.of("https://data.voorbeeldstad.example/api/views/b1ke-2024/rows.csv?accessType=DOWNLOAD",
                "https://data.voorbeeldstad.example/api/views/b1ke-2024/rows.json?accessType=DOWNLOAD",
                "https://data.voorbeeldstad.example/resource/b1ke-2024.json"), access);
        assertEquals(List.of(), page.problems());
    }

    @Test
    void a_resource_without_any_domain_is_kept_without_distributions() {
        String body = "{\"results\": [{\"resource\": {\"id\": \"n0d0-m41n\", \"name\": \"Zwevend\", \"type\": \"dataset\"},"
                + " \"metadata\": {\"domain\": \"niet een host/pad\"}}], \"resultSetSize\": 1}";
        SocrataResourceMapper.MappedPage page = mapper.map("voorbeeldstad", PAGE, body);
        assertEquals(List.of("n0d0-m41n"), page.records().stream().map(HarvestedRecord::recordId).toList());
        assertEquals(List.of(), G.find(page.records().get(0).graph(), null, DCAT.distribution.asNode(), null).toList());
        RecordProblem repaired = page.problems().get(0);
        assertEquals(false, repaired.rejected());
        assertEquals("n0d0-m41n", repaired.recordId());
    }

    @Test
    void a_page_that_is_not_json_is_unreadable() {
        assertThrows(UnreadablePageException.class, () -> mapper.map("voorbeeldstad", PAGE, "{\"results\": [ {"));
        assertThrows(UnreadablePageException.class,
                () -> mapper.map("voorbeeldstad", PAGE, "{\"error\": \"Invalid limit\"}"));
    }

    @Test
    void endpoints_resolve_to_the_discovery_api() {
        assertEquals("https://api.eu.socrata.com/api/catalog/v1?domains=data.voorbeeldstad.example",
                SocrataClient.catalogUrl(URI.create("https://api.eu.socrata.com/api/catalog/v1?domains=data.voorbeeldstad.example&limit=5&offset=10")));
        assertEquals("https://data.voorbeeldstad.example/api/catalog/v1?domains=data.voorbeeldstad.example",
                SocrataClient.catalogUrl(URI.create("https://data.voorbeeldstad.example/")));
        assertEquals("https://data.voorbeeldstad.example/api/catalog/v1?search_context=data.voorbeeldstad.example",
                SocrataClient.catalogUrl(URI.create("https://data.voorbeeldstad.example?search_context=data.voorbeeldstad.example")));
        assertEquals("https://data.voorbeeldstad.example/api/catalog/v1",
                SocrataClient.catalogUrl(URI.create("https://data.voorbeeldstad.example/api/catalog/v1")));
    }
}
