// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.ckan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

import be.slimcat.harvest.ContentHash;
import be.slimcat.harvest.Fixtures;
import be.slimcat.harvest.HarvestedRecord;
import be.slimcat.harvest.RecordProblem;
import be.slimcat.vocab.SlimcatIris;

/** The CKAN package mapping, from our own fixtures, down to the triple. */
class CkanPackageMapperTest {
    private static final URI PAGE = URI.create("https://opendata.voorbeeldstad.be/api/3/action/package_show?id=parkeerbezetting");
    private static final Node EXTRA = NodeFactory.createURI("https://data.slimcat.be/ns/slimcat#extra");
    private final CkanPackageMapper mapper = new CkanPackageMapper(SlimcatIris.defaults());

    private static JsonElement result(String fixture) {
        return JsonParser.parseString(Fixtures.text(fixture)).getAsJsonObject().get("result");
    }

    private CkanPackageMapper.MappedPackage map(String json) {
        return mapper.map("vbs", PAGE, JsonParser.parseString(json));
    }

    private static Graph turtle(String text) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, Lang.TURTLE).parse(g);
        return g;
    }

    private static String show(Graph g) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, g, Lang.NTRIPLES);
        return out.toString().lines().sorted().collect(Collectors.joining("\n"));
    }

    @Test
    void maps_a_full_package_to_exactly_these_triples() {
        CkanPackageMapper.MappedPackage mapped = mapper.map("vbs", PAGE, result("ckan/package-show-full.json"));
        HarvestedRecord record = mapped.record().orElseThrow();
        assertEquals("3f9a1c2e-5b7d-4e8a-9c01-2d4f6a8b0c11", record.recordId());
        assertEquals("https://voorbeeldstad.be/id/dataset/parkeerbezetting", record.subject().getURI());
        assertEquals(PAGE, record.page());

        String csv = "https://data.slimcat.be/id/distributie/vbs-" + ContentHash.shortKey("9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4");
        String api = "https://data.slimcat.be/id/distributie/vbs-" + ContentHash.shortKey("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
        String geo = "https://data.slimcat.be/id/distributie/vbs-" + ContentHash.shortKey("2b3c4d5e-6f70-4182-93a4-b5c6d7e8f901");
        Graph expected = turtle("""
                PREFIX dcat: <http://www.w3.org/ns/dcat#>
                PREFIX dct: <http://purl.org/dc/terms/>
                PREFIX foaf: <http://xmlns.com/foaf/0.1/>
                PREFIX vcard: <http://www.w3.org/2006/vcard/ns#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                PREFIX sc: <https://data.slimcat.be/ns/slimcat#>

                <https://voorbeeldstad.be/id/dataset/parkeerbezetting> a dcat:Dataset ;
                    dct:identifier "3f9a1c2e-5b7d-4e8a-9c01-2d4f6a8b0c11", "vbs-parkeren-0042" ;
                    dct:title "Parkeerbezetting" ;
                    dct:description "Bezetting van de parkeergarages in Voorbeeldstad, elke minuut bijgewerkt." ;
                    dcat:landingPage <https://voorbeeldstad.be/parkeren> ;
                    dcat:keyword "mobiliteit", "parkeren" ;
                    dcat:theme "Mobiliteit en transport", <http://publications.europa.eu/resource/authority/data-theme/TRAN> ;
                    dcat:version "2.1" ;
                    dct:issued "2021-03-01"^^xsd:date ;
                    dct:modified "2024-11-02T17:45:01.654321"^^xsd:dateTime ;
                    dct:accrualPeriodicity <http://publications.europa.eu/resource/authority/frequency/CONT> ;
                    dct:accessRights "publiek" ;
                    dct:language "nl", "en" ;
                    dct:conformsTo <https://data.vlaanderen.be/ns/parkeren>, "Parkeer-API v2" ;
                    dct:license <https://creativecommons.org/licenses/by/4.0/> ;
                    dct:publisher <https://data.slimcat.be/id/organisatie/vbs-stad-voorbeeldstad> ;
                    dcat:contactPoint [ a vcard:Kind ; vcard:fn "Open Data Team Voorbeeldstad" ;
                        vcard:hasEmail <mailto:opendata@voorbeeldstad.be> ] ;
                    dct:temporal [ a dct:PeriodOfTime ; dcat:startDate "2019-01-01"^^xsd:date ;
                        dcat:endDate "2024-12-31T23:59:59"^^xsd:dateTime ] ;
                    dct:spatial <https://data.vlaanderen.be/id/gemeente/44021> ;
                    sc:extra [ rdfs:label "harvest_object_id" ; rdf:value "77e0a4c2-31f5-4b8e-9d6a-1c2b3a4d5e6f" ] ,
                        [ rdfs:label "bronsysteem" ; rdf:value "Parko 3.2" ] ;
                    dcat:distribution <CSV>, <API>, <GEO> .

                <https://data.slimcat.be/id/organisatie/vbs-stad-voorbeeldstad> a foaf:Organization ;
                    foaf:name "Stad Voorbeeldstad" .

                <https://data.vlaanderen.be/id/gemeente/44021> a dct:Location ; skos:prefLabel "Voorbeeldstad" .

                <CSV> a dcat:Distribution ;
                    dcat:accessURL <https://opendata.voorbeeldstad.be/exports/parkeerbezetting.csv> ;
                    dct:title "Bezetting (CSV)" ;
                    dct:description "Momentopname als CSV" ;
                    dct:format "CSV" ;
                    dcat:mediaType "text/csv" ;
                    dcat:byteSize "48213"^^xsd:nonNegativeInteger ;
                    dct:license <https://creativecommons.org/licenses/by/4.0/> ;
                    dct:issued "2021-03-04T09:13:02.000001"^^xsd:dateTime ;
                    dct:modified "2024-11-02T17:45:00"^^xsd:dateTime .

                <API> a dcat:Distribution ;
                    dcat:accessURL <https://opendata.voorbeeldstad.be/api/records/1.0/search/?dataset=parkeerbezetting> ;
                    dct:title "Bezetting (API)" ;
                    dct:format "API" ;
                    dct:license <https://data.vlaanderen.be/id/licentie/modellicentie-gratis-hergebruik/v1.0> ;
                    dct:issued "2021-03-04T09:14:10.500000"^^xsd:dateTime .

                <GEO> a dcat:Distribution ;
                    dcat:accessURL <https://opendata.voorbeeldstad.be/dataset/3f9a1c2e/resource/2b3c4d5e/download/garages.geojson> ;
                    dcat:downloadURL <https://opendata.voorbeeldstad.be/dataset/3f9a1c2e/resource/2b3c4d5e/download/garages.geojson> ;
                    dct:title "Garages (GeoJSON)" ;
                    dct:format "GeoJSON" ;
                    dcat:mediaType <https://www.iana.org/assignments/media-types/application/geo+json> ;
                    dcat:byteSize "1024"^^xsd:nonNegativeInteger ;
                    dct:license <https://creativecommons.org/licenses/by/4.0/> ;
                    dct:issued "not a date" .
                """.replace("<CSV>", "<" + csv + ">").replace("<API>", "<" + api + ">").replace("<GEO>", "<" + geo + ">"));
        assertTrue(expected.isIsomorphicWith(record.graph()),
                "expected:\n" + show(expected) + "\n\nactual:\n" + show(record.graph()));
        assertEquals(expected.size(), record.graph().size());

        assertEquals(1, mapped.problems().size());
        RecordProblem problem = mapped.problems().get(0);
        assertFalse(problem.rejected());
        assertEquals("3f9a1c2e-5b7d-4e8a-9c01-2d4f6a8b0c11", problem.recordId());
        assertEquals("resource 7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2918 has no URL, so no dcat:accessURL; the dataset is kept without it",
                problem.reason());
        assertTrue(problem.excerpt().startsWith("{\"description\":\"Link die niet meer werkt\""), problem.excerpt());
    }

    @Test
    void mints_the_dataset_iri_when_the_uri_extra_is_not_an_http_iri_and_keeps_that_extra() {
        HarvestedRecord record = map("""
                {"id": "abc-1", "name": "abc", "title": "ABC",
                 "extras": [{"key": "uri", "value": "urn:uuid:1234"}]}
                """).record().orElseThrow();
        assertEquals("https://data.slimcat.be/id/dataset/vbs-" + ContentHash.shortKey("abc-1"), record.subject().getURI());
        Node extra = G.getOneSP(record.graph(), record.subject(), EXTRA);
        assertEquals("uri", G.getOneSP(record.graph(), extra, NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"))
                .getLiteralLexicalForm());
        assertEquals("urn:uuid:1234", G.getOneSP(record.graph(), extra,
                NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#value")).getLiteralLexicalForm());
    }

    @Test
    void a_license_without_an_iri_is_kept_as_its_id() {
        JsonElement page = JsonParser.parseString(Fixtures.text("ckan/search-page2.json"));
        JsonElement luchtkwaliteit = page.getAsJsonObject().getAsJsonObject("result").getAsJsonArray("results").get(0);
        HarvestedRecord record = mapper.map("vbs", PAGE, luchtkwaliteit).record().orElseThrow();
        Node license = G.getOneSP(record.graph(), record.subject(), DCTerms.license.asNode());
        assertTrue(license.isLiteral());
        assertEquals("vrij-hergebruik", license.getLiteralLexicalForm());
        Node distribution = G.getOneSP(record.graph(), record.subject(), NodeFactory.createURI("http://www.w3.org/ns/dcat#distribution"));
        assertEquals(license, G.getOneSP(record.graph(), distribution, DCTerms.license.asNode()),
                "a resource without its own license takes the dataset's, as ckanext-dcat does");
    }

    @Test
    void a_dkan_license_title_that_is_an_iri_becomes_the_license_and_non_iso_dates_stay_plain() {
        JsonElement first = result("ckan/dkan-list-page1.json").getAsJsonArray().get(0);
        HarvestedRecord record = mapper.map("vbg", PAGE, first).record().orElseThrow();
        Graph g = record.graph();
        assertEquals(NodeFactory.createURI("https://data.vlaanderen.be/id/licentie/modellicentie-gratis-hergebruik/v1.0"),
                G.getOneSP(g, record.subject(), DCTerms.license.asNode()));
        assertEquals(NodeFactory.createLiteralString("di, 07/01/2025 - 09:00"), G.getOneSP(g, record.subject(), DCTerms.issued.asNode()));
        assertEquals(NodeFactory.createLiteralString("2025-01-08 10:15:00"), G.getOneSP(g, record.subject(), DCTerms.modified.asNode()));
        Node distribution = G.getOneSP(g, record.subject(), NodeFactory.createURI("http://www.w3.org/ns/dcat#distribution"));
        assertEquals(NodeFactory.createLiteralString("42 octets"),
                G.getOneSP(g, distribution, NodeFactory.createURI("http://www.w3.org/ns/dcat#byteSize")));
        assertEquals(NodeFactory.createLiteralString("xlsx"),
                G.getOneSP(g, distribution, NodeFactory.createURI("http://www.w3.org/ns/dcat#mediaType")));
        assertEquals(NodeFactory.createLiteralString("Gemeente Voorbeeldgemeente"),
                G.getOneSP(g, record.subject(), NodeFactory.createURI("http://www.w3.org/ns/dcat#theme")));
        assertEquals(Set.of("8c1d2e3f-4a5b-4c6d-9e7f-8a9b0c1d2e3f", "vbg-zwembad-001"),
                G.find(g, record.subject(), DCTerms.identifier.asNode(), null).toList().stream()
                        .map(t -> t.getObject().getLiteralLexicalForm()).collect(Collectors.toSet()));
        assertEquals(1, G.find(g, record.subject(), EXTRA, null).toList().size(), "responsible-party is kept");
    }

    @Test
    void a_package_without_id_takes_its_name_and_one_without_both_is_rejected() {
        CkanPackageMapper.MappedPackage named = map("{\"name\": \"enkel-naam\", \"title\": \"Enkel een naam\"}");
        assertEquals("enkel-naam", named.record().orElseThrow().recordId());

        CkanPackageMapper.MappedPackage orphan = map("{\"title\": \"Wees\", \"notes\": \"geen id\"}");
        assertTrue(orphan.record().isEmpty());
        RecordProblem problem = orphan.problems().get(0);
        assertTrue(problem.rejected());
        assertEquals("", problem.recordId());
        assertEquals("{\"title\":\"Wees\",\"notes\":\"geen id\"}", problem.excerpt());

        CkanPackageMapper.MappedPackage notAnObject = map("\"parkeerbezetting\"");
        assertTrue(notAnObject.record().isEmpty());
        assertEquals("a package is not a JSON object; left out", notAnObject.problems().get(0).reason());
        assertEquals("\"parkeerbezetting\"", notAnObject.problems().get(0).excerpt());
    }

    @Test
    void fluent_translations_give_language_tagged_titles() {
        HarvestedRecord record = map("""
                {"id": "x1", "title": "Markten", "title_translated": {"nl": "Markten", "fr": "Marchés"},
                 "notes": "Wekelijkse markten"}
                """).record().orElseThrow();
        Set<Node> titles = G.find(record.graph(), record.subject(), DCTerms.title.asNode(), null).toList().stream()
                .map(Triple::getObject).collect(Collectors.toSet());
        assertEquals(Set.of(NodeFactory.createLiteralLang("Markten", "nl"), NodeFactory.createLiteralLang("Marchés", "fr")), titles);
        assertEquals(NodeFactory.createLiteralString("Wekelijkse markten"),
                G.getOneSP(record.graph(), record.subject(), DCTerms.description.asNode()));
    }

    @Test
    void a_package_without_distributions_contact_or_publisher_is_still_a_dataset() {
        HarvestedRecord record = map("{\"id\": \"leeg\", \"resources\": [], \"organization\": null, \"maintainer\": \"\"}")
                .record().orElseThrow();
        assertEquals(2, record.graph().size(), "only its type and identifier: " + show(record.graph()));
    }

    @Test
    void list_values_are_read_as_ckanext_dcat_reads_them() {
        assertEquals(List.of("en", "es", "ca"), CkanPackageMapper.listOf(JsonParser.parseString("\"en,es,ca\"")));
        assertEquals(List.of("nl", "fr"), CkanPackageMapper.listOf(JsonParser.parseString("\"[\\\"nl\\\", \\\"fr\\\"]\"")));
        assertEquals(List.of("a", "b"), CkanPackageMapper.listOf(JsonParser.parseString("[\"a\", \"\", \"b\"]")));
        assertEquals(List.of("[niet json"), CkanPackageMapper.listOf(JsonParser.parseString("\"[niet json\"")));
    }
}
