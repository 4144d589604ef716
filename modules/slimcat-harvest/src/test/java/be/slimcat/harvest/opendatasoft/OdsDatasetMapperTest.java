// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.opendatasoft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

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

/** The ODS Explore API v2.1 mapper on our own recorded pages. */
class OdsDatasetMapperTest {
    private static final URI PORTAL = URI.create("https://data.kortrijk.example");
    private static final URI PAGE = URI.create("https://data.kortrijk.example/api/explore/v2.1/catalog/datasets?limit=2&offset=0");
    private final OdsDatasetMapper mapper = new OdsDatasetMapper(SlimcatIris.defaults());

    private static HarvestedRecord record(OdsDatasetMapper.MappedPage page, String id) {
        return page.records().stream().filter(r -> r.recordId().equals(id)).findFirst().orElseThrow();
    }

    static void assertSameGraph(Graph expected, Graph actual) {
        if (!expected.isIsomorphicWith(actual)) {
            fail(expected, actual);
        }
    }

    private static void fail(Graph expected, Graph actual) {
        Set<String> e = lines(expected);
        Set<String> a = lines(actual);
        Set<String> missing = new TreeSet<>(e);
        missing.removeAll(a);
        Set<String> extra = new TreeSet<>(a);
        extra.removeAll(e);
        throw new AssertionError("graphs differ\nmissing:\n" + String.join("\n", missing) + "\nextra:\n" + String.join("\n", extra));
    }

    private static Set<String> lines(Graph g) {
        return g.find().toList().stream().map(t -> (t.getSubject().isBlank() ? "_:b" : FmtUtils.stringForNode(t.getSubject()))
                + " " + FmtUtils.stringForNode(t.getPredicate()) + " "
                + (t.getObject().isBlank() ? "_:b" : FmtUtils.stringForNode(t.getObject()))).collect(Collectors.toCollection(TreeSet::new));
    }

    static Graph turtle(String path) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(Fixtures.text(path)).lang(Lang.TURTLE).parse(g);
        return g;
    }

    @Test
    void maps_a_full_dataset_to_exact_triples() {
        OdsDatasetMapper.MappedPage page = mapper.map("kortrijk", PAGE, PORTAL, Fixtures.text("opendatasoft/datasets-page1.json"));
        assertEquals(5, page.totalCount());
        assertEquals(2, page.results());
        assertEquals(List.of("parkeergarages-bezetting", "afvalkalender-2025"), page.records().stream().map(HarvestedRecord::recordId).toList());
        assertEquals(List.of(), page.problems());
        HarvestedRecord parking = record(page, "parkeergarages-bezetting");
        assertEquals("https://data.slimcat.be/id/dataset/kortrijk-96e684ebc6b25305", parking.subject().getURI());
        assertEquals(PAGE, parking.page());
        assertSameGraph(turtle("opendatasoft/expected-parkeergarages.ttl"), parking.graph());
    }

    @Test
    void a_dataset_without_records_has_only_its_attachments_and_keeps_comma_themes_whole() {
        OdsDatasetMapper.MappedPage page = mapper.map("kortrijk", PAGE, PORTAL, Fixtures.text("opendatasoft/datasets-page1.json"));
        HarvestedRecord calendar = record(page, "afvalkalender-2025");
        Graph g = calendar.graph();
        Node ds = calendar.subject();
        List<Node> distributions = G.find(g, ds, DCAT.distribution.asNode(), null).mapWith(t -> t.getObject()).toList();
        assertEquals(1, distributions.size(), "has_records false: no exports, only the attachment");
        assertEquals(NodeFactory.createURI("https://data.kortrijk.example/api/explore/v2.1/catalog/datasets/afvalkalender-2025"
                + "/attachments/afvalkalender_2025_pdf"), G.getOneSP(g, distributions.get(0), DCAT.accessURL.asNode()));
        assertEquals(NodeFactory.createLiteralString("Milieu, natuur, energie"), G.getOneSP(g, ds, DCAT.theme.asNode()));
        assertEquals(NodeFactory.createLiteralString("afval"), G.getOneSP(g, ds, DCAT.keyword.asNode()),
                "no language stated: plain literals");
        assertEquals(NodeFactory.createLiteralString("Ophaaldagen per straat. Zie ook 3 < 4 & meer."),
                G.getOneSP(g, ds, DCTerms.description.asNode()), "plain text with < and & is left as it is");
        assertEquals(NodeFactory.createLiteralDT("2025-01-03", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate),
                G.getOneSP(g, ds, DCTerms.modified.asNode()));
        assertEquals(NodeFactory.createLiteralString("CC BY 4.0"), G.getOneSP(g, ds, DCTerms.license.asNode()));
        assertFalse(g.contains(ds, DCTerms.publisher.asNode(), Node.ANY));
    }

    @Test
    void a_result_without_dataset_id_is_rejected_and_the_page_goes_on() {
        OdsDatasetMapper.MappedPage page = mapper.map("kortrijk", PAGE, PORTAL, Fixtures.text("opendatasoft/datasets-page2.json"));
        assertEquals(2, page.results());
        assertEquals(List.of("bomeninventaris"), page.records().stream().map(HarvestedRecord::recordId).toList());
        RecordProblem rejected = page.problems().stream().filter(RecordProblem::rejected).findFirst().orElseThrow();
        assertEquals("", rejected.recordId());
        assertTrue(rejected.excerpt().startsWith("{\"visibility\":\"domain\",\"dataset_uid\":\"da_zonder\""), rejected.excerpt());
        assertTrue(rejected.reason().startsWith("result without dataset_id"), rejected.reason());
        RecordProblem repaired = page.problems().stream().filter(p -> !p.rejected()).findFirst().orElseThrow();
        assertEquals("bomeninventaris", repaired.recordId());
        assertTrue(repaired.reason().startsWith("attachment without id"), repaired.reason());
        assertEquals(2, page.problems().size());

        HarvestedRecord trees = record(page, "bomeninventaris");
        Graph g = trees.graph();
        assertEquals(NodeFactory.createLiteralString("gisteren"), G.getOneSP(g, trees.subject(), DCTerms.modified.asNode()),
                "an unparseable date stays a plain literal for the normaliser");
        assertEquals(NodeFactory.createLiteralDT("2021-06-15T10:00:00Z", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime),
                G.getOneSP(g, trees.subject(), DCTerms.issued.asNode()));
        assertEquals(NodeFactory.createLiteralLang("Alle straatbomen met soort en plantjaar.", "nl"),
                G.getOneSP(g, trees.subject(), DCTerms.description.asNode()));
        assertEquals(2, G.find(g, trees.subject(), DCAT.distribution.asNode(), null).toList().size(),
                "no geo feature: csv and json only");
    }

    @Test
    void html_descriptions_become_plain_text() {
        assertEquals("Eerste alinea.\n\nTweede alinea met een link.", HtmlText.toPlain(
                "<p>Eerste   alinea.</p>\n<p>Tweede alinea met <a href=\"https://x.example\" target=\"_blank\">een link</a>.</p>"));
        assertEquals("Kolommen:\n- naam\n- adres\n\nEinde", HtmlText.toPlain("<h3>Kolommen:</h3><ol><li>naam</li><li>adres</li></ol>Einde"));
        assertEquals("Regel 1\nRegel 2 café €", HtmlText.toPlain("Regel 1<BR>Regel 2 caf&eacute; &#8364;"));
        assertEquals("Zichtbaar", HtmlText.toPlain("<style>p { color: red }</style><script>alert(1)</script><!-- nota -->Zichtbaar"));
        assertEquals("&bogus; blijft", HtmlText.toPlain("&bogus; blijft"));
        assertTrue(HtmlText.looksLikeHtml("a <b>b</b>"));
        assertFalse(HtmlText.looksLikeHtml("3 < 4 & meer"));
    }

    @Test
    void a_page_that_is_not_json_or_has_no_results_is_unreadable() {
        assertThrows(UnreadablePageException.class,
                () -> mapper.map("kortrijk", PAGE, PORTAL, "{\"total_count\": 3, \"results\": [ {\"dataset_id\": "));
        UnreadablePageException e = assertThrows(UnreadablePageException.class,
                () -> mapper.map("kortrijk", PAGE, PORTAL, "{\"error_code\": \"ODSQLError\", \"message\": \"Invalid limit\"}"));
        assertEquals("the page has no \"results\" array", e.getMessage());
    }

    @Test
    void endpoints_resolve_to_the_v21_dataset_search() {
        assertEquals(URI.create("https://data.stad.gent"), OdsClient.portal(URI.create("https://data.stad.gent/")));
        assertEquals(URI.create("https://data.stad.gent"), OdsClient.portal(URI.create("https://data.stad.gent/api/explore/v2.1/catalog/datasets")));
        assertEquals(URI.create("https://x.example/portaal"), OdsClient.portal(URI.create("https://x.example/portaal/api/v2/catalog/datasets?where=x")));
        assertEquals("refine=publisher%3AStad", OdsClient.keptQuery(URI.create("https://x.example/api/explore/v2.1/catalog/datasets?limit=5&refine=publisher%3AStad&offset=10")));
        assertEquals(URI.create("https://data.stad.gent/api/explore/v2.1/catalog/datasets?refine=a&limit=100&offset=200"),
                OdsClient.pageUri(URI.create("https://data.stad.gent"), "refine=a", 200, 100));
    }
}
