// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
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

/**
 * Dereferencing minted IRIs over HTTP on the sample data: the 303 from {@code /id/} to {@code /doc/}, every
 * RDF format with the exact triples of a known funding instrument, the {@code ?format=} override,
 * {@code Content-Location}, q-values, 406, 400 and the 404 answers.
 */
class DereferenceTest {
    private static final String DCC = "/instrument/digital-cities-challenge";

    /**
     * Written by hand from data-samples/inventory/instruments.ttl (its 17 triples; nothing in the samples
     * points at it) and the labels of what it links: COSME's title, the class label in ontologies/slimcat.ttl,
     * the European Commission's prefLabels (organisations.ttl) and the seven concepts' prefLabels
     * (ontologies/schemes/*.ttl). The dct:source sections are hash IRIs without labels of their own.
     */
    private static final String EXPECTED = """
            @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix dct:  <http://purl.org/dc/terms/> .
            @prefix sc:   <https://data.slimcat.be/ns/slimcat#> .
            @prefix id:   <https://data.slimcat.be/id/> .
            @prefix kpmg: <https://data.slimcat.be/id/document/kpmg-landschapsanalyse-2020#> .
            <https://data.slimcat.be/id/instrument/digital-cities-challenge>
                a sc:FundingInstrument ;
                sc:inventoryNumber 1 ;
                dct:title "Digital Cities Challenge"@en ;
                dct:description "The Digital Cities Challenge is a tailored programme of coaching and facilitation launched by the European Commission to help 41 cities develop and implement digital policies that can transform day to day life for residents, businesses, workers, and entrepreneurs."@en ;
                sc:offeredBy <https://data.slimcat.be/id/organisatie/europese-commissie> ;
                dct:isPartOf <https://data.slimcat.be/id/instrument/cosme> ;
                sc:instrumentLevel <https://data.slimcat.be/id/concept/instrumentniveau/call> ;
                sc:euFundingFamily <https://data.slimcat.be/id/concept/eu-financieringsfamilie/efp> ;
                sc:instrumentKind <https://data.slimcat.be/id/concept/instrumentsoort/matchmaking> ;
                sc:fundingForm <https://data.slimcat.be/id/concept/financieringsvorm/coaching> ;
                sc:policyLevel <https://data.slimcat.be/id/concept/beleidsniveau/europees> ;
                sc:smartCityRelevance <https://data.slimcat.be/id/concept/slimmestad-relevantie/direct> ;
                sc:eligibleApplicant <https://data.slimcat.be/id/concept/actorcategorie/stad-gemeente> ;
                sc:projectsSelected 41 ;
                dct:source kpmg:L1534, kpmg:L1533, kpmg:L1569 .
            <https://data.slimcat.be/id/instrument/cosme> dct:title "COSME"@en .
            sc:FundingInstrument rdfs:label "Financieringsinstrument"@nl, "Funding instrument"@en .
            <https://data.slimcat.be/id/organisatie/europese-commissie> skos:prefLabel "Europese Commissie"@nl, "European Commission"@en .
            <https://data.slimcat.be/id/concept/instrumentniveau/call> skos:prefLabel "Call"@nl, "Call"@en .
            <https://data.slimcat.be/id/concept/eu-financieringsfamilie/efp> skos:prefLabel "Europese financieringsprogramma's (EFP)"@nl, "European Funding Programmes (EFP)"@en .
            <https://data.slimcat.be/id/concept/instrumentsoort/matchmaking> skos:prefLabel "Matchmaking- en netwerkingsinstrument"@nl, "Matchmaking and networking instrument"@en .
            <https://data.slimcat.be/id/concept/financieringsvorm/coaching> skos:prefLabel "Coaching en begeleiding"@nl, "Coaching and guidance"@en .
            <https://data.slimcat.be/id/concept/beleidsniveau/europees> skos:prefLabel "Europees"@nl, "European"@en .
            <https://data.slimcat.be/id/concept/slimmestad-relevantie/direct> skos:prefLabel "Direct"@nl, "Direct"@en .
            <https://data.slimcat.be/id/concept/actorcategorie/stad-gemeente> skos:prefLabel "Stad of gemeente"@nl, "City or municipality"@en .
            """;

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

    private static void assertSameGraph(Graph expected, Graph actual) {
        assertEquals(expected.size(), actual.size(), () -> "triples: " + actual.find().toList());
        assertTrue(IsoMatcher.isomorphic(expected, actual), () -> "missing: " + expected.find()
                .filterDrop(actual::contains).toList() + "\nextra: " + actual.find().filterDrop(expected::contains).toList());
    }

    @Test
    void theIdIriAnswers303ToItsDescriptionKeepingTheFormat() throws Exception {
        HttpResponse<String> plain = site.get("/id" + DCC, "Accept", "text/turtle");
        assertEquals(303, plain.statusCode());
        assertEquals("/doc" + DCC, plain.headers().firstValue("Location").orElseThrow());
        assertEquals("Accept", plain.headers().firstValue("Vary").orElseThrow());

        HttpResponse<String> withFormat = site.get("/id" + DCC + "?format=ttl");
        assertEquals(303, withFormat.statusCode());
        assertEquals("/doc" + DCC + "?format=ttl", withFormat.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void everyRdfFormatHoldsExactlyTheDescription() throws Exception {
        Graph expected = parse(EXPECTED, Lang.TURTLE);
        assertEquals(36, expected.size());
        Object[][] formats = {
            {"text/turtle", Lang.TURTLE, "ttl"},
            {"application/ld+json", Lang.JSONLD, "jsonld"},
            {"application/rdf+xml", Lang.RDFXML, "rdf"},
            {"application/n-triples", Lang.NTRIPLES, "nt"},
        };
        for (Object[] f : formats) {
            HttpResponse<String> r = site.get("/doc" + DCC, "Accept", (String) f[0]);
            assertEquals(200, r.statusCode(), (String) f[0]);
            assertEquals(f[0] + ";charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow().replace(" ", "").toLowerCase());
            assertEquals("/doc" + DCC + "?format=" + f[2], r.headers().firstValue("Content-Location").orElseThrow());
            assertEquals("Accept", r.headers().firstValue("Vary").orElseThrow());
            assertSameGraph(expected, parse(r.body(), (Lang) f[1]));
        }
    }

    @Test
    void theFormatParameterOverridesTheAcceptHeader() throws Exception {
        HttpResponse<String> r = site.get("/doc" + DCC + "?format=nt", "Accept", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/n-triples"));
        assertEquals("/doc" + DCC + "?format=nt", r.headers().firstValue("Content-Location").orElseThrow());
        assertSameGraph(parse(EXPECTED, Lang.TURTLE), parse(r.body(), Lang.NTRIPLES));
    }

    @Test
    void qValuesChooseTheVariant() throws Exception {
        HttpResponse<String> jsonld = site.get("/doc" + DCC, "Accept", "text/turtle;q=0.5, application/ld+json");
        assertTrue(jsonld.headers().firstValue("Content-Type").orElseThrow().startsWith("application/ld+json"));
        HttpResponse<String> html = site.get("/doc" + DCC, "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertTrue(html.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertEquals("/doc" + DCC + "?format=html", html.headers().firstValue("Content-Location").orElseThrow());
        assertTrue(html.headers().firstValue("Vary").orElseThrow().contains("Accept"));
    }

    @Test
    void unsupportedTypesGet406WithWhatIsAvailable() throws Exception {
        HttpResponse<String> r = site.get("/doc" + DCC, "Accept", "application/pdf");
        assertEquals(406, r.statusCode());
        assertEquals("""
                Not acceptable: none of the types in 'Accept: application/pdf' is available here.
                Available: text/html, text/turtle, application/ld+json, application/rdf+xml, application/n-triples.
                Ask for one in the Accept header, or add ?format=html|ttl|jsonld|rdf|nt to the URL.
                """, r.body());
        HttpResponse<String> unknown = site.get("/doc" + DCC + "?format=csv");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().startsWith("Unknown format 'csv'.\nAvailable: text/html"), unknown.body());
    }

    @Test
    void unknownIrisAre404AsAPageOrAsText() throws Exception {
        HttpResponse<String> page = site.get("/id/instrument/no-such-instrument");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("<code>/id/instrument/no-such-instrument</code>"), page.body());

        HttpResponse<String> doc = site.get("/doc/instrument/no-such-instrument", "Accept", "text/html");
        assertEquals(404, doc.statusCode());
        assertTrue(doc.body().contains("<code>/doc/instrument/no-such-instrument</code>"));

        HttpResponse<String> rdf = site.get("/id/instrument/no-such-instrument", "Accept", "text/turtle");
        assertEquals(404, rdf.statusCode());
        assertTrue(rdf.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
        assertEquals("Not found: SlimCat has no triples about <https://data.slimcat.be/id/instrument/no-such-instrument>.\n"
                + "Search the catalogue at /zoeken or ask /sparql.\n", rdf.body());
        assertEquals(404, site.get("/doc/instrument/no-such-instrument?format=jsonld").statusCode());
    }

    @Test
    void linksPointingAtTheResourceComeWithTheLinkingResourcesLabels() throws Exception {
        HttpResponse<String> r = site.get("/doc/instrument/interreg-2-mers-seas-zeeen?format=ttl");
        Graph g = parse(r.body(), Lang.TURTLE);
        Node scifi = NodeFactory.createURI("https://data.slimcat.be/id/project/scifi");
        assertTrue(g.contains(Triple.create(scifi, NodeFactory.createURI("https://data.slimcat.be/ns/slimcat#fundedBy"),
                NodeFactory.createURI("https://data.slimcat.be/id/instrument/interreg-2-mers-seas-zeeen"))));
        assertTrue(g.contains(Triple.create(scifi, NodeFactory.createURI("http://purl.org/dc/terms/title"),
                NodeFactory.createLiteralLang("Smart Cities Innovation Framework Implementation", "en"))));
    }

    @Test
    void aDatasetsDescriptionCarriesItsLatestQualityAndItsHarvest() throws Exception {
        Graph g = parse(site.get("/doc/dataset/gent-3f2a9c41d07b5e68?format=nt").body(), Lang.NTRIPLES);
        Node run = NodeFactory.createURI("https://data.slimcat.be/id/oogst/gent-20261122T020000123Z");
        Node record = NodeFactory.createURI("https://data.slimcat.be/id/catalogusrecord/gent-3f2a9c41d07b5e68");
        Node stars = NodeFactory.createURI("https://data.slimcat.be/id/meting/0a1b2c3d4e5f60718293a4b5-starRating");
        assertTrue(g.contains(Triple.create(stars, NodeFactory.createURI("http://www.w3.org/ns/dqv#value"),
                NodeFactory.createLiteralDT("3", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger))));
        assertTrue(g.contains(Triple.create(record, NodeFactory.createURI("http://www.w3.org/ns/prov#wasGeneratedBy"), run)));
        assertTrue(g.contains(Triple.create(run, NodeFactory.createURI("http://www.w3.org/ns/prov#used"),
                NodeFactory.createURI("https://data.slimcat.be/id/bron/gent"))));
        Node violation = NodeFactory.createURI("http://www.w3.org/ns/shacl#Violation");
        Node warning = NodeFactory.createURI("http://www.w3.org/ns/shacl#Warning");
        Node severity = NodeFactory.createURI("http://www.w3.org/ns/shacl#resultSeverity");
        assertEquals(1, g.find(Node.ANY, severity, violation).toList().size());
        assertEquals(0, g.find(Node.ANY, severity, warning).toList().size(), "only the violations are described");
    }
}
