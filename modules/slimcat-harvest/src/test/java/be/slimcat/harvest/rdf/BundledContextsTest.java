// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import be.slimcat.harvest.RdfPageParser;
import be.slimcat.vocab.RdfSyntaxException;

/** JSON-LD pages naming a remote context: the bundled ones give the exact triples, others are refused. */
class BundledContextsTest {
    private static final URI PAGE = URI.create("https://data.voorbeeld.be/data.json");

    /** A DCAT-US v1.1 catalogue as ArcGIS Hub and Socrata publish it (our own content). */
    private static final String POD_PAGE = """
            {
              "@context": "CONTEXT",
              "@id": "https://data.voorbeeld.be/data.json",
              "@type": "dcat:Catalog",
              "conformsTo": "https://project-open-data.cio.gov/v1.1/schema",
              "dataset": [{
                "@type": "dcat:Dataset",
                "identifier": "https://data.voorbeeld.be/dataset/bomen",
                "title": "Bomenbestand",
                "modified": "2026-11-22",
                "accessLevel": "public",
                "keyword": ["bomen", "groen"],
                "publisher": {"@type": "org:Organization", "name": "Stad Voorbeeld"},
                "contactPoint": {"@type": "vcard:Contact", "fn": "Dienst Groen", "hasEmail": "mailto:groen@voorbeeld.be"},
                "distribution": [{"@type": "dcat:Distribution", "downloadURL": "https://data.voorbeeld.be/bomen.csv",
                                  "mediaType": "text/csv"}]
              }]
            }
            """;
    private static final String POD_TRIPLES = """
            @prefix dcat:  <http://www.w3.org/ns/dcat#> .
            @prefix dct:   <http://purl.org/dc/terms/> .
            @prefix xsd:   <http://www.w3.org/2001/XMLSchema#> .
            @prefix org:   <http://www.w3.org/ns/org#> .
            @prefix vcard: <http://www.w3.org/2006/vcard/ns#> .
            @prefix skos:  <http://www.w3.org/2004/02/skos/core#> .
            @prefix pod:   <https://project-open-data.cio.gov/v1.1/schema#> .
            <https://data.voorbeeld.be/data.json> a dcat:Catalog ;
                dct:conformsTo <https://project-open-data.cio.gov/v1.1/schema> ;
                dcat:dataset _:d .
            _:d a dcat:Dataset ;
                dct:identifier "https://data.voorbeeld.be/dataset/bomen" ;
                dct:title "Bomenbestand" ;
                dct:modified "2026-11-22"^^xsd:date ;
                pod:accessLevel "public" ;
                dcat:keyword "bomen", "groen" ;
                dct:publisher [ a org:Organization ; skos:prefLabel "Stad Voorbeeld" ] ;
                dcat:contactPoint [ a vcard:Contact ; vcard:fn "Dienst Groen" ; vcard:hasEmail "mailto:groen@voorbeeld.be" ] ;
                dcat:distribution [ a dcat:Distribution ; dcat:downloadURL <https://data.voorbeeld.be/bomen.csv> ;
                                    dcat:mediaType "text/csv" ] .
            """;

    /** schema.org Dataset markup as portals embed it for search engines (our own content). */
    private static final String SCHEMA_ORG_PAGE = """
            {
              "@context": "CONTEXT",
              "@type": "Dataset",
              "@id": "https://data.voorbeeld.be/dataset/luchtkwaliteit",
              "name": "Luchtkwaliteit",
              "url": "https://data.voorbeeld.be/luchtkwaliteit",
              "sameAs": "https://data.europa.eu/data/datasets/luchtkwaliteit",
              "license": "CC BY 4.0",
              "dateModified": "2026-11-22",
              "creator": {"type": "Organization", "name": "Stad Voorbeeld", "url": "https://www.voorbeeld.be"},
              "distribution": [{"@type": "DataDownload", "contentUrl": "https://data.voorbeeld.be/lucht.csv",
                                "encodingFormat": "text/csv"}]
            }
            """;
    private static final String SCHEMA_ORG_TRIPLES = """
            @prefix schema: <http://schema.org/> .
            <https://data.voorbeeld.be/dataset/luchtkwaliteit> a schema:Dataset ;
                schema:name "Luchtkwaliteit" ;
                schema:url <https://data.voorbeeld.be/luchtkwaliteit> ;
                schema:sameAs <https://data.europa.eu/data/datasets/luchtkwaliteit> ;
                schema:license "CC BY 4.0" ;
                schema:dateModified "2026-11-22" ;
                schema:creator [ a schema:Organization ; schema:name "Stad Voorbeeld" ; schema:url <https://www.voorbeeld.be> ] ;
                schema:distribution [ a schema:DataDownload ; schema:contentUrl <https://data.voorbeeld.be/lucht.csv> ;
                                      schema:encodingFormat "text/csv" ] .
            """;

    private static RdfPage read(String page, String context) {
        byte[] body = page.replace("CONTEXT", context).getBytes(StandardCharsets.UTF_8);
        return RdfPageParser.read(body, Lang.JSONLD, PAGE);
    }

    private static void assertTriples(String expected, RdfPage page) {
        Graph wanted = GraphFactory.createDefaultGraph();
        RDFParser.fromString(expected, Lang.TURTLE).parse(wanted);
        assertTrue(wanted.isIsomorphicWith(page.graph()), () -> "got:\n" + page.graph().find().toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld",
            "http://project-open-data.cio.gov/v1.1/schema/catalog.jsonld", "https://Project-Open-Data.cio.gov/v1.1/schema/catalog.jsonld/"})
    void the_dcat_us_context_gives_the_exact_triples(String context) {
        RdfPage page = read(POD_PAGE, context);
        assertTriples(POD_TRIPLES, page);
        assertEquals(List.of(), page.notes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"project-open-data.cio.gov/v1.1/schema", "project-open-data.cio.gov/v1.1/schema/catalog.jsonld"})
    void the_dcat_us_context_written_without_scheme_is_read_and_reported(String context) {
        RdfPage page = read(POD_PAGE, context);
        assertTriples(POD_TRIPLES, page);
        assertEquals(List.of("the JSON-LD context \"" + context + "\" is written without scheme (it would be https://data.voorbeeld.be/"
                + context + "); read as the bundled DCAT-US (Project Open Data) v1.1 context of"
                + " https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld"),
                page.notes().stream().map(ParseNote::describe).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://schema.org/", "https://schema.org", "http://schema.org", "http://schema.org/",
            "https://schema.org/docs/jsonldcontext.jsonld", "https://schema.org/docs/jsonldcontext.json"})
    void the_schema_org_context_gives_the_exact_triples(String context) {
        RdfPage page = read(SCHEMA_ORG_PAGE, context);
        assertTriples(SCHEMA_ORG_TRIPLES, page);
        assertEquals(List.of(), page.notes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://contexts.voorbeeld.be/dcat.jsonld", "https://schema.org.voorbeeld.be/",
            "https://schema.org/Dataset", "file:/etc/passwd"})
    void any_other_remote_context_is_refused_with_its_address(String context) {
        RdfSyntaxException e = assertThrows(RdfSyntaxException.class, () -> read(SCHEMA_ORG_PAGE, context));
        assertTrue(e.getMessage().contains("remote JSON-LD context " + context + " is not fetched: SlimCat reads only the contexts"
                + " it bundles (DCAT-US (Project Open Data) v1.1, schema.org); the publisher must inline this context in the page"),
                e.getMessage());
    }

    @Test
    void a_scheme_less_address_matches_only_under_the_page_itself() {
        RdfSyntaxException e = assertThrows(RdfSyntaxException.class,
                () -> read(POD_PAGE, "https://elders.voorbeeld.be/project-open-data.cio.gov/v1.1/schema"));
        assertTrue(e.getMessage().contains("remote JSON-LD context https://elders.voorbeeld.be/project-open-data.cio.gov/v1.1/schema"
                + " is not fetched"), e.getMessage());
    }
}
