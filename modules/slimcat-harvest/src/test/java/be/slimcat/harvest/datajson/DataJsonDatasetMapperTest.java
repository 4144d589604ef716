// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.datajson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VCARD4;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

import be.slimcat.harvest.Fixtures;
import be.slimcat.harvest.HarvestedRecord;
import be.slimcat.harvest.RecordProblem;
import be.slimcat.vocab.SlimcatIris;

/** The pure mapping of one data.json dataset, from our own fixtures. */
class DataJsonDatasetMapperTest {
    private static final URI PAGE = URI.create("https://data.voorbeeld.be/data.json");
    private final DataJsonDatasetMapper mapper = new DataJsonDatasetMapper(SlimcatIris.defaults());

    private static JsonElement dataset(String fixture, int index) {
        JsonArray datasets = JsonParser.parseString(Fixtures.text(fixture)).getAsJsonObject().getAsJsonArray("dataset");
        return datasets.get(index);
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node text(String text) {
        return NodeFactory.createLiteralString(text);
    }

    private static Set<Node> objects(Graph g, Node s, Node p) {
        return G.find(g, s, p, null).mapWith(Triple::getObject).toSet();
    }

    private static Node one(Graph g, Node s, Node p) {
        return G.getOneSP(g, s, p);
    }

    private HarvestedRecord kept(DataJsonDatasetMapper.MappedDataset mapped) {
        assertTrue(mapped.record().isPresent(), () -> "rejected: " + mapped.problems());
        return mapped.record().get();
    }

    private static String ntriples(Graph g) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, g, Lang.NTRIPLES);
        return out.toString(StandardCharsets.UTF_8).lines().sorted().collect(Collectors.joining("\n"));
    }

    @Test
    void a_full_dcat_us_1_1_dataset_gives_exactly_these_dcat_ap_triples() {
        DataJsonDatasetMapper.MappedDataset mapped = mapper.map("gent", PAGE, dataset("datajson/hub-gent-1.1.json", 2));
        HarvestedRecord record = kept(mapped);
        assertEquals("gent-fietstellingen-2024", record.recordId());
        assertEquals("https://data.slimcat.be/id/dataset/gent-e31adbcd5fad3217", record.subject().getURI());
        assertEquals(PAGE, record.page());
        assertEquals(List.of(), mapped.problems());
        Graph expected = GraphFactory.createDefaultGraph();
        RDFParser.fromString(Fixtures.text("datajson/fietstellingen-expected.ttl"), Lang.TURTLE).parse(expected);
        assertEquals(47, expected.size());
        assertTrue(expected.isIsomorphicWith(record.graph()),
                () -> "expected:\n" + ntriples(expected) + "\n\nactual:\n" + ntriples(record.graph()));
    }

    @Test
    void an_arcgis_item_url_identifier_is_the_dataset_iri_and_raw_values_stay_raw() {
        DataJsonDatasetMapper.MappedDataset mapped = mapper.map("gent", PAGE, dataset("datajson/hub-gent-1.1.json", 0));
        HarvestedRecord record = kept(mapped);
        String item = "https://www.arcgis.com/home/item.html?id=4b7e0c1d2a9f4e6b8c3d5a7f9e1b2c3d&sublayer=2";
        assertEquals(item, record.recordId());
        Node d = iri(item);
        assertEquals(d, record.subject());
        Graph g = record.graph();
        assertEquals(text("Parkeerzones"), one(g, d, DCTerms.title.asNode()));
        assertEquals(text("3.5791,50.9811,3.8496,51.1886"), one(g, d, DCTerms.spatial.asNode()));
        assertEquals(text("public"), one(g, d, DCTerms.accessRights.asNode()));
        assertEquals(text("geospatial"), one(g, d, DCAT.theme.asNode()));
        assertTrue(one(g, d, DCTerms.license.asNode()).getLiteralLexicalForm().startsWith("<DIV STYLE="));
        assertEquals(NodeFactory.createLiteralDT("2024-11-02T16:40:07.218Z", XSDDatatype.XSDdateTime),
                one(g, d, DCTerms.modified.asNode()));
        assertEquals(iri("https://gent-open-data-stadgent.hub.arcgis.com/maps/4b7e0c1d2a9f4e6b8c3d5a7f9e1b2c3d_2"),
                one(g, d, DCAT.landingPage.asNode()));
        Node org = one(g, d, DCTerms.publisher.asNode());
        assertEquals("https://data.slimcat.be/id/organisatie/gent-592bae8aae0fc11d", org.getURI());
        assertEquals(text("Stad Gent"), one(g, org, FOAF.name.asNode()));
        assertEquals(3, objects(g, d, DCAT.distribution.asNode()).size());
        Node csv = G.find(g, null, DCTerms.title.asNode(), text("CSV")).next().getSubject();
        assertEquals(iri("https://gent-open-data-stadgent.hub.arcgis.com/api/download/v1/items/4b7e0c1d2a9f4e6b8c3d5a7f9e1b2c3d/csv?layers=2"),
                one(g, csv, DCAT.accessURL.asNode()));
        assertFalse(g.contains(csv, DCAT.downloadURL.asNode(), Node.ANY));
        // the empty "mailto:" is left out and reported; the contact keeps its name
        Node contact = one(g, d, DCAT.contactPoint.asNode());
        assertEquals(text("GIS Stad Gent"), one(g, contact, VCARD4.fn.asNode()));
        assertFalse(g.contains(contact, VCARD4.hasEmail.asNode(), Node.ANY));
        assertEquals(1, mapped.problems().size());
        RecordProblem problem = mapped.problems().get(0);
        assertFalse(problem.rejected());
        assertEquals(item, problem.recordId());
        assertEquals("contact point e-mail 'mailto:' is not an address; left out", problem.reason());
    }

    @Test
    void a_numerical_title_is_kept_as_its_text_and_a_null_spatial_is_left_out() {
        DataJsonDatasetMapper.MappedDataset mapped = mapper.map("brugge", PAGE, dataset("datajson/hub-gent-1.1.json", 6));
        HarvestedRecord record = kept(mapped);
        assertEquals("brugge-707", record.recordId());
        assertEquals(text("707"), one(record.graph(), record.subject(), DCTerms.title.asNode()));
        assertFalse(record.graph().contains(record.subject(), DCTerms.spatial.asNode(), Node.ANY));
        assertEquals(text("non-public"), one(record.graph(), record.subject(), DCTerms.accessRights.asNode()));
        assertEquals(List.of("the title is a number (707); its text is used"),
                mapped.problems().stream().map(RecordProblem::reason).toList());
        assertFalse(mapped.problems().get(0).rejected());
    }

    @Test
    void a_child_of_a_collection_is_part_of_the_iri_its_parent_gets() {
        HarvestedRecord parent = kept(mapper.map("leuven", PAGE, dataset("datajson/hub-gent-1.1.json", 3)));
        HarvestedRecord child = kept(mapper.map("leuven", PAGE, dataset("datajson/hub-gent-1.1.json", 4)));
        assertEquals("https://data.slimcat.be/id/dataset/leuven-3183810cba3609be", parent.subject().getURI());
        assertEquals(parent.subject(), one(child.graph(), child.subject(), DCTerms.isPartOf.asNode()));
        assertEquals(parent.subject(), mapper.datasetIri("leuven", "leuven-luchtkwaliteit"));
        assertFalse(parent.graph().contains(parent.subject(), DCTerms.isPartOf.asNode(), Node.ANY));
    }

    @Test
    void a_dataset_without_identifier_or_title_is_rejected_with_an_excerpt() {
        DataJsonDatasetMapper.MappedDataset noTitle = mapper.map("m", PAGE,
                "{\"identifier\": \"mechelen-zonder-titel\", \"description\": \"Een dataset zonder titel.\"}");
        assertTrue(noTitle.record().isEmpty());
        RecordProblem p = noTitle.problems().get(0);
        assertTrue(p.rejected());
        assertEquals("mechelen-zonder-titel", p.recordId());
        assertEquals("the dataset has no title; left out", p.reason());
        assertEquals("{\"identifier\":\"mechelen-zonder-titel\",\"description\":\"Een dataset zonder titel.\"}", p.excerpt());

        RecordProblem noId = mapper.map("m", PAGE, "{\"title\": \"Zonder identificatie\"}").problems().get(0);
        assertEquals("", noId.recordId());
        assertEquals("the dataset has no identifier; left out", noId.reason());
        assertEquals("the dataset has no identifier and title; left out", mapper.map("m", PAGE, "{}").problems().get(0).reason());
        assertEquals("the dataset has no title; left out",
                mapper.map("m", PAGE, "{\"identifier\": \"x\", \"title\": \"   \"}").problems().get(0).reason());
        assertEquals("the dataset is not a JSON object; left out",
                mapper.map("m", PAGE, "\"geen dataset\"").problems().get(0).reason());
    }

    @Test
    void temporal_intervals_become_periods_when_their_ends_are_dates_else_raw_literals() {
        String json = "{\"identifier\": \"t\", \"title\": \"T\", \"temporal\": \"%s\"}";
        Node date = NodeFactory.createLiteralDT("2000-01-15", XSDDatatype.XSDdate);
        HarvestedRecord dates = kept(mapper.map("s", PAGE, json.formatted("2000-01-15/2000-01-20")));
        Node period = one(dates.graph(), dates.subject(), DCTerms.temporal.asNode());
        assertTrue(period.isBlank());
        assertEquals(DCTerms.PeriodOfTime.asNode(), one(dates.graph(), period, RDF.type.asNode()));
        assertEquals(date, one(dates.graph(), period, DCAT.startDate.asNode()));
        assertEquals(NodeFactory.createLiteralDT("2000-01-20", XSDDatatype.XSDdate), one(dates.graph(), period, DCAT.endDate.asNode()));

        HarvestedRecord times = kept(mapper.map("s", PAGE, json.formatted("2000-01-15T00:45:00Z/2000-01-20T12:00:00Z")));
        Node p2 = one(times.graph(), times.subject(), DCTerms.temporal.asNode());
        assertEquals(NodeFactory.createLiteralDT("2000-01-15T00:45:00Z", XSDDatatype.XSDdateTime),
                one(times.graph(), p2, DCAT.startDate.asNode()));

        HarvestedRecord open = kept(mapper.map("s", PAGE, json.formatted("../2000-01-15")));
        Node p3 = one(open.graph(), open.subject(), DCTerms.temporal.asNode());
        assertEquals(date, one(open.graph(), p3, DCAT.endDate.asNode()));
        assertFalse(open.graph().contains(p3, DCAT.startDate.asNode(), Node.ANY));

        for (String raw : List.of("2019-01-01T00:00:00Z/P1Y", "R/2000-01-15/P1D", "2000-01-15", "lente 2020/zomer 2020")) {
            HarvestedRecord r = kept(mapper.map("s", PAGE, json.formatted(raw)));
            assertEquals(text(raw), one(r.graph(), r.subject(), DCTerms.temporal.asNode()), raw);
        }
    }

    @Test
    void dates_are_typed_when_valid_and_kept_raw_otherwise() {
        HarvestedRecord r = kept(mapper.map("s", PAGE,
                "{\"identifier\": \"d\", \"title\": \"D\", \"modified\": \"2019-06-27 12:41:27\", \"issued\": \"2013\","
                        + " \"created\": \"2024-05\"}"));
        Graph g = r.graph();
        assertEquals(text("2019-06-27 12:41:27"), one(g, r.subject(), DCTerms.modified.asNode()));
        assertEquals(NodeFactory.createLiteralDT("2013", XSDDatatype.XSDgYear), one(g, r.subject(), DCTerms.issued.asNode()));
        assertEquals(NodeFactory.createLiteralDT("2024-05", XSDDatatype.XSDgYearMonth), one(g, r.subject(), DCTerms.created.asNode()));
    }

    @Test
    void a_full_dcat_us_3_0_dataset_uses_its_id_language_maps_and_nested_objects() {
        DataJsonDatasetMapper.MappedDataset mapped = mapper.map("antwerpen", PAGE, dataset("datajson/dcat-us-3.0.json", 0));
        HarvestedRecord record = kept(mapped);
        assertEquals(List.of(), mapped.problems());
        assertEquals("ANT-LUCHT-2024", record.recordId());
        Node d = iri("https://data.antwerpen.be/id/dataset/luchtmeetnet-2024");
        assertEquals(d, record.subject());
        Graph g = record.graph();
        assertEquals(text("ANT-LUCHT-2024"), one(g, d, DCTerms.identifier.asNode()));
        assertEquals(Set.of(text("Luchtmeetnet Antwerpen 2024"), NodeFactory.createLiteralLang("Luchtmeetnet Antwerpen 2024", "nl"),
                NodeFactory.createLiteralLang("Antwerp air quality network 2024", "en")), objects(g, d, DCTerms.title.asNode()));
        assertEquals(Set.of(text("Metingen van fijn stof en stikstofdioxide."),
                NodeFactory.createLiteralLang("Particulate matter and nitrogen dioxide measurements.", "en")),
                objects(g, d, DCTerms.description.asNode()));
        assertEquals(Set.of(text("lucht"), text("fijn stof"), NodeFactory.createLiteralLang("air", "en"),
                NodeFactory.createLiteralLang("particulate matter", "en")), objects(g, d, DCAT.keyword.asNode()));
        assertEquals(NodeFactory.createLiteralDT("2024-06-01T12:30:00+02:00", XSDDatatype.XSDdateTime),
                one(g, d, DCTerms.modified.asNode()));
        Node org = iri("https://data.antwerpen.be/id/organisatie/stad-antwerpen");
        assertEquals(org, one(g, d, DCTerms.publisher.asNode()));
        assertEquals(text("Stad Antwerpen"), one(g, org, FOAF.name.asNode()));
        Set<Node> contacts = objects(g, d, DCAT.contactPoint.asNode());
        assertEquals(2, contacts.size());
        assertTrue(contacts.contains(iri("https://data.antwerpen.be/id/contact/digipolis")));
        assertEquals(iri("mailto:opendata@digipolis.be"),
                one(g, iri("https://data.antwerpen.be/id/contact/digipolis"), VCARD4.hasEmail.asNode()));
        assertEquals(text("Publiek toegankelijk"), one(g, d, DCTerms.accessRights.asNode()));
        assertEquals(text("Bron vermelden: Stad Antwerpen"), one(g, d, DCTerms.rights.asNode()));
        assertEquals(iri("https://creativecommons.org/licenses/by/4.0/"), one(g, d, DCTerms.license.asNode()));
        Set<Node> spatial = objects(g, d, DCTerms.spatial.asNode());
        assertEquals(2, spatial.size());
        assertTrue(spatial.contains(iri("https://sws.geonames.org/2803138/")));
        Node location = spatial.stream().filter(Node::isBlank).findFirst().orElseThrow();
        assertEquals(DCTerms.Location.asNode(), one(g, location, RDF.type.asNode()));
        assertEquals(text("Antwerpen"), one(g, location, SKOS.prefLabel.asNode()));
        assertEquals(text("POLYGON((4.25 51.14, 4.50 51.14, 4.50 51.38, 4.25 51.38, 4.25 51.14))"),
                one(g, location, DCAT.bbox.asNode()));
        Node period = one(g, d, DCTerms.temporal.asNode());
        assertEquals(NodeFactory.createLiteralDT("2024-12-31", XSDDatatype.XSDdate), one(g, period, DCAT.endDate.asNode()));
        assertEquals(text("daily"), one(g, d, DCTerms.accrualPeriodicity.asNode()));
        assertEquals(text("nl"), one(g, d, DCTerms.language.asNode()));
        assertEquals(Set.of(iri("http://publications.europa.eu/resource/authority/data-theme/ENVI"), text("Gezondheid")),
                objects(g, d, DCAT.theme.asNode()));
        assertEquals(iri("https://www.antwerpen.be/luchtmeetnet"), one(g, d, DCAT.landingPage.asNode()));
        assertEquals(iri("https://data.antwerpen.be/woordenboek/lucht.pdf"), one(g, d, FOAF.page.asNode()));
        assertEquals(iri("https://data.vlaanderen.be/ns/luchtkwaliteit"), one(g, d, DCTerms.conformsTo.asNode()));
        assertEquals(iri("https://data.antwerpen.be/id/dataset/luchtmeetnet"), one(g, d, DataJsonTerms.IN_SERIES));
        assertEquals(text("2024.1"), one(g, d, DataJsonTerms.VERSION));
        Node csv = iri("https://data.antwerpen.be/id/distributie/luchtmeetnet-2024-csv");
        assertEquals(csv, one(g, d, DCAT.distribution.asNode()));
        assertEquals(iri("https://data.antwerpen.be/lucht/2024"), one(g, csv, DCAT.accessURL.asNode()));
        assertEquals(iri("https://data.antwerpen.be/lucht/2024.csv"), one(g, csv, DCAT.downloadURL.asNode()));
        assertEquals(iri("https://www.iana.org/assignments/media-types/text/csv"), one(g, csv, DCAT.mediaType.asNode()));
        assertEquals(NodeFactory.createLiteralDT("5242880", XSDDatatype.XSDnonNegativeInteger), one(g, csv, DCAT.byteSize.asNode()));
    }

    @Test
    void a_3_0_dataset_with_only_an_id_is_identified_by_it_and_a_series_name_is_resolved_like_an_identifier() {
        HarvestedRecord byId = kept(mapper.map("antwerpen", PAGE, dataset("datajson/dcat-us-3.0.json", 2)));
        assertEquals("https://data.antwerpen.be/id/dataset/snelheidszones", byId.recordId());
        assertEquals(iri("https://data.antwerpen.be/id/dataset/snelheidszones"), byId.subject());

        HarvestedRecord parks = kept(mapper.map("antwerpen", PAGE, dataset("datajson/dcat-us-3.0.json", 3)));
        Node contact = one(parks.graph(), parks.subject(), DCAT.contactPoint.asNode());
        assertEquals(iri("mailto:groen@antwerpen.be"), one(parks.graph(), contact, VCARD4.hasEmail.asNode()));
        Node period = one(parks.graph(), parks.subject(), DCTerms.temporal.asNode());
        assertEquals(NodeFactory.createLiteralDT("2010", XSDDatatype.XSDgYear), one(parks.graph(), period, DCAT.startDate.asNode()));

        HarvestedRecord pools = kept(mapper.map("antwerpen", PAGE, dataset("datajson/dcat-us-3.0.json", 5)));
        assertEquals("ANT-ZWEMBADEN", pools.recordId());
        assertEquals(iri("https://data.slimcat.be/id/dataset/antwerpen-26cb7652dc19f2fb"),
                one(pools.graph(), pools.subject(), DataJsonTerms.IN_SERIES));
        Node org = one(pools.graph(), pools.subject(), DCTerms.publisher.asNode());
        assertEquals("https://data.slimcat.be/id/organisatie/antwerpen-7146fd885481cf5b", org.getURI());

        DataJsonDatasetMapper.MappedDataset anonymous = mapper.map("antwerpen", PAGE, dataset("datajson/dcat-us-3.0.json", 4));
        assertTrue(anonymous.record().isEmpty());
        assertEquals("the dataset has no identifier; left out", anonymous.problems().get(0).reason());
    }

    @Test
    void an_inline_geojson_geometry_is_kept_as_its_json_text_as_written() {
        HarvestedRecord wijken = kept(mapper.map("antwerpen", PAGE, dataset("datajson/dcat-us-3.0.json", 1)));
        Node location = one(wijken.graph(), wijken.subject(), DCTerms.spatial.asNode());
        assertEquals(text("{\"type\":\"Point\",\"coordinates\":[4.40,51.22]}"),
                one(wijken.graph(), location, DataJsonTerms.GEOMETRY));
        HarvestedRecord geojson = kept(mapper.map("s", PAGE,
                "{\"identifier\": \"g\", \"title\": \"G\", \"spatial\": {\"type\": \"Point\", \"coordinates\": [3.72, 51.05]}}"));
        assertEquals(text("{\"type\":\"Point\",\"coordinates\":[3.72,51.05]}"),
                one(geojson.graph(), geojson.subject(), DCTerms.spatial.asNode()));
    }

    @Test
    void a_distribution_without_any_url_is_left_out_and_look_alikes_get_their_own_iri() {
        DataJsonDatasetMapper.MappedDataset mapped = mapper.map("s", PAGE,
                "{\"identifier\": \"b\", \"title\": \"B\", \"landingPage\": \"bomen.html\", \"distribution\": ["
                        + "{\"title\": \"Zonder link\", \"format\": \"CSV\"},"
                        + "{\"title\": \"Bomen\", \"downloadURL\": \"https://data.mechelen.be/bomen.csv\"},"
                        + "{\"title\": \"Bomen\", \"downloadURL\": \"https://data.mechelen.be/bomen.csv\"}]}");
        HarvestedRecord record = kept(mapped);
        Set<Node> distributions = objects(record.graph(), record.subject(), DCAT.distribution.asNode());
        assertEquals(2, distributions.size());
        for (Node distribution : distributions) {
            assertTrue(distribution.getURI().startsWith("https://data.slimcat.be/id/distributie/s-"));
            assertEquals(iri("https://data.mechelen.be/bomen.csv"), one(record.graph(), distribution, DCAT.accessURL.asNode()));
        }
        assertFalse(record.graph().contains(record.subject(), DCAT.landingPage.asNode(), Node.ANY));
        assertEquals(List.of("landingPage 'bomen.html' is not an http(s) IRI; left out",
                "distribution 1 has no usable accessURL or downloadURL (none); left out"),
                mapped.problems().stream().map(RecordProblem::reason).toList());
    }
}
