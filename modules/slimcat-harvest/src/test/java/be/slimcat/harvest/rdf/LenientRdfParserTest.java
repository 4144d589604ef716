// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

import be.slimcat.harvest.Fixtures;
import be.slimcat.harvest.RdfPageParser;
import be.slimcat.vocab.RdfSyntaxException;

/**
 * Pages that Jena's parser refuses, written by us after quirks of real feeds (see
 * real-world/PROVENANCE.md: GeoNetwork's two IRIs in one rdf:about and its labelled rdf:resource
 * elements, FAVV's repeated node elements,
 * ckanext-dcat's undeclared prefix, data.gov.be's language tags), read again leniently: the exact
 * triples kept and the exact problems reported.
 */
class LenientRdfParserTest {
    private static final String BASE = "https://data.voorbeeld.be/feed/";
    private static final String PREFIXES = """
            @prefix rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix dct:  <http://purl.org/dc/terms/> .
            """;

    private static RdfPage read(String fixture, Lang lang) {
        byte[] body = Fixtures.text("feeds/lenient/" + fixture).getBytes(StandardCharsets.UTF_8);
        return RdfPageParser.read(body, lang, URI.create(BASE + fixture));
    }

    private static Graph turtle(String triples) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(PREFIXES + triples, Lang.TURTLE).errorHandler(ErrorHandlerFactory.errorHandlerSimple()).parse(graph);
        return graph;
    }

    private static void assertTriples(String expected, RdfPage page) {
        Graph wanted = turtle(expected);
        assertTrue(wanted.isIsomorphicWith(page.graph()), () -> "got:\n" + page.graph().find().toList());
    }

    private static Optional<String> summary(RdfPage page) {
        return page.lenient().map(ParseNote::message);
    }

    private static List<String> problems(RdfPage page) {
        return page.notes().stream().map(ParseNote::describe).toList();
    }

    @Test
    void two_iris_in_one_rdf_about_become_one_iri_with_the_space_percent_encoded() {
        RdfPage page = read("two-iris.rdf", Lang.RDFXML);
        String iri = "https://geo.voorbeeld.be/srv/resources/datasets/7d1c%20https://geo.voorbeeld.be/srv/resources7d1c";
        assertTriples("""
                <https://geo.voorbeeld.be/catalogus> a dcat:Catalog ; dcat:dataset <%1$s> .
                <%1$s> a dcat:Dataset ; dct:identifier "7d1c" ; dct:title "Meetpunten waterkwaliteit"@nl .
                """.formatted(iri), page);
        assertEquals(Optional.of("read by the lenient parser (RDF4J Rio) because Jena's parser refused it (line 8, column 129:"
                + " <https://geo.voorbeeld.be/srv/resources/datasets/7d1c https://geo.voorbeeld.be/srv/resources7d1c>"
                + " Code: 17/WHITESPACE in PATH: A single whitespace character. These match no grammar rules of URIs/IRIs.);"
                + " 5 triple(s) kept, 1 problem(s) listed"), summary(page));
        assertEquals(List.of("line 8: the IRI <https://geo.voorbeeld.be/srv/resources/datasets/7d1c"
                + " https://geo.voorbeeld.be/srv/resources7d1c> is not valid (WHITESPACE in PATH: A single whitespace character."
                + " These match no grammar rules of URIs/IRIs.); written as <" + iri + "> (4 times, first here)"), problems(page));
        String element = "<dcat:Dataset rdf:about=\"https://geo.voorbeeld.be/srv/resources/datasets/7d1c"
                + " https://geo.voorbeeld.be/srv/resources7d1c\">";
        assertEquals(element, page.notes().get(0).excerpt());
        assertEquals(8, page.lenient().orElseThrow().line());
        assertEquals(element, page.lenient().orElseThrow().excerpt());
    }

    @Test
    void repeated_node_elements_inside_one_property_element_each_become_a_value_of_it() {
        RdfPage page = read("repeated-node-elements.rdf", Lang.RDFXML);
        assertTriples("""
                <https://data.voorbeeld.be/catalogus> a dcat:Catalog ;
                    dct:title "Catalogus van het agentschap"@nl ;
                    dcat:dataset <https://data.voorbeeld.be/dataset/controles>, <https://data.voorbeeld.be/dataset/erkenningen>,
                        <https://data.voorbeeld.be/dataset/laboratoria> .
                <https://data.voorbeeld.be/dataset/controles> a dcat:Dataset ; dct:identifier "controles" .
                <https://data.voorbeeld.be/dataset/erkenningen> a dcat:Dataset ; dct:identifier "erkenningen" .
                <https://data.voorbeeld.be/dataset/laboratoria> a dcat:Dataset ; dct:identifier "laboratoria" .
                """, page);
        assertEquals(Optional.of("read by the lenient parser (RDF4J Rio) because Jena's parser refused it (line 12, column 79:"
                + " Start tag after inner node element (only one node element permitted): got dcat:Dataset);"
                + " 11 triple(s) kept, 0 problem(s) listed"), summary(page));
        assertEquals(List.of(), problems(page));
    }

    @Test
    void a_property_element_with_rdf_resource_and_a_label_keeps_the_iri() {
        RdfPage page = read("resource-with-label.rdf", Lang.RDFXML);
        assertTriples("""
                <https://geo.voorbeeld.be/dataset/meetnet> a dcat:Dataset ;
                    dct:identifier "meetnet" ;
                    dcat:theme <http://inspire.ec.europa.eu/theme/ef>, <http://inspire.ec.europa.eu/theme/hb> ;
                    dct:license <http://inspire.ec.europa.eu/metadata-codelist/ConditionsApplyingToAccessAndUse/noConditionsApply> ;
                    dct:description "<span rdf:resource=\\"https://geo.voorbeeld.be/meetnet\\">Meetnet</span> van 2026"^^rdf:XMLLiteral .
                """, page);
        assertEquals(Optional.of("read by the lenient parser (RDF4J Rio) because Jena's parser refused it (line 8, column 100:"
                + " Non-whitespace text content between element tags: 'Milieumoni...'); 6 triple(s) kept, 2 problem(s) listed"),
                summary(page));
        assertEquals(List.of(
                "line 8: the text \"Milieumonitoringvoorzieningen\" inside <dcat:theme rdf:resource=\"http://inspire.ec.europa.eu/theme/ef\">"
                        + " is left out: the element names its object by IRI",
                "line 9: the text \"Habitats en biotopen\" inside <dcat:theme rdf:resource=\"http://inspire.ec.europa.eu/theme/hb\">"
                        + " is left out: the element names its object by IRI"),
                problems(page));
    }

    @Test
    void a_well_known_undeclared_prefix_is_read_and_an_unknown_one_leaves_its_triples_out() {
        RdfPage page = read("undeclared-prefixes.ttl", Lang.TURTLE);
        assertTriples("""
                <https://data.voorbeeld.be/dataset/zorg> a dcat:Dataset ;
                    dct:identifier "zorg" ; dct:title "Zorgaanbod"@nl ; dcat:keyword "zorg"@nl .
                """, page);
        assertEquals(Optional.of("read by the lenient parser (RDF4J Rio) because Jena's parser refused it (line 4, column 44:"
                + " Undefined prefix: dcat); 4 triple(s) kept, 2 problem(s) listed"), summary(page));
        assertEquals(List.of(
                "line 4: the prefix dcat: is used but not declared; read as the well-known namespace <http://www.w3.org/ns/dcat#>",
                "line 7: triple left out, the prefix healthdcatap: is used but not declared and is not a well-known one:"
                        + " <https://data.voorbeeld.be/dataset/zorg> healthdcatap:hasCodingSystem <https://www.wikidata.org/entity/P1690> ."),
                problems(page));
        assertEquals("healthdcatap:hasCodingSystem <https://www.wikidata.org/entity/P1690> ;", page.notes().get(1).excerpt());
    }

    @Test
    void bad_language_tags_are_repaired_when_certain_and_an_ill_typed_date_is_kept_as_written() {
        RdfPage page = read("literals.ttl", Lang.TURTLE);
        assertTriples("""
                <https://data.voorbeeld.be/dataset/parkeren> a dcat:Dataset ;
                    dct:identifier "parkeren" ;
                    dct:title "Parkeerplaatsen"@nl-BE ;
                    dct:description "Bezetting van de parkings"@nl-BE ;
                    dct:modified "22/11/2026"^^xsd:date .
                """, page);
        assertEquals(Optional.of("read by the lenient parser (RDF4J Rio) because Jena's parser refused it (line 8, column 35:"
                + " Triples not terminated by DOT); 5 triple(s) kept, 2 problem(s) listed"), summary(page));
        assertEquals(List.of(
                "line 8: the language tag \"nl_BE\" is not well-formed; written as \"nl-BE\" (2 times, first here)",
                "line 11: triple left out, the language tag \"vlaams_gewest\" is not well-formed and names no known language:"
                        + " <https://data.voorbeeld.be/dataset/parkeren> <http://www.w3.org/ns/dcat#keyword> \"parkeren\"@vlaams_gewest ."),
                problems(page));
    }

    @Test
    void an_rdf_xml_language_tag_that_crashes_jena_is_read_leniently() {
        RdfPage page = read("language-tags.rdf", Lang.RDFXML);
        assertTriples("""
                <https://data.voorbeeld.be/dataset/afval> a dcat:Dataset ;
                    dct:identifier "afval" ;
                    dct:title "Ophaalrondes huisvuil"@nl-BE, "Collectes des déchets"@fr-BE .
                """, page);
        assertEquals(Optional.of("read by the lenient parser (RDF4J Rio) because Jena's parser refused it (the parser crashed:"
                + " java.util.IllegalFormatConversionException: c != java.lang.String); 4 triple(s) kept, 3 problem(s) listed"),
                summary(page));
        assertEquals(List.of(
                "line 8: the language tag \"nl_BE\" is not well-formed; written as \"nl-BE\"",
                "line 9: the language tag \"fr_BE\" is not well-formed; written as \"fr-BE\"",
                "line 10: triple left out, the language tag \"vlaams_gewest\" is not well-formed and names no known language:"
                        + " <https://data.voorbeeld.be/dataset/afval> <http://www.w3.org/ns/dcat#keyword> \"afval\"@vlaams_gewest ."),
                problems(page));
    }

    @Test
    void a_truncated_last_n_triples_line_is_left_out_and_a_space_in_an_iri_is_encoded() {
        RdfPage page = read("truncated.nt", Lang.NTRIPLES);
        assertTriples("""
                <https://data.voorbeeld.be/dataset/fietsen> a dcat:Dataset ;
                    dct:identifier "fietsen" ;
                    dct:publisher <https://data.voorbeeld.be/organisatie/stad%20gent> ;
                    dct:title "Fietstellingen"@nl .
                """, page);
        assertEquals(Optional.of("read by the lenient parser (RDF4J Rio) because Jena's parser refused it (line 4, column 126:"
                + " Bad character in IRI (space): <https://data.voorbeeld.be/organisatie/stad[space]...>);"
                + " 4 triple(s) kept, 2 problem(s) listed"), summary(page));
        assertEquals(List.of(
                "line 4: the IRI <https://data.voorbeeld.be/organisatie/stad gent> is not valid (WHITESPACE in PATH: A single"
                        + " whitespace character. These match no grammar rules of URIs/IRIs.); written as"
                        + " <https://data.voorbeeld.be/organisatie/stad%20gent>",
                "line 6: Unexpected end of file; the line is left out"), problems(page));
        assertEquals("<https://data.voorbeeld.be/dataset/fietsen> <http://purl.org/dc/terms/descr", page.notes().get(1).excerpt());
    }

    @Test
    void a_trig_page_keeps_its_default_graph_as_jena_does_and_says_what_it_left_out() {
        RdfPage page = read("named-graphs.trig", Lang.TRIG);
        assertTriples("""
                <https://data.voorbeeld.be/dataset/wegen> a dcat:Dataset ; dct:identifier "wegen" .
                """, page);
        assertEquals(List.of(
                "line 4: the prefix dcat: is used but not declared; read as the well-known namespace <http://www.w3.org/ns/dcat#>",
                "1 statement(s) in named graphs left out (a feed page is one graph)"), problems(page));
    }

    @Test
    void a_page_neither_parser_can_read_names_where_each_stopped() {
        RdfSyntaxException e = assertThrows(RdfSyntaxException.class, () -> read("unreadable.ttl", Lang.TURTLE));
        assertEquals(BASE + "unreadable.ttl:3:11: syntax error: Not a valid token for an RDF term: [SLASH]; the lenient parser"
                + " (RDF4J Rio) also failed at line 3: Expected an RDF value here, found '/' (fix the file and try again)", e.getMessage());
        assertEquals(3, e.line());
        assertEquals(11, e.column());
    }

    @Test
    void an_unclosed_collection_at_the_end_of_a_page_is_refused_not_read_forever() {
        // found by the reliability suite's fuzzer: Rio's lenient Turtle parser read past the end without end
        byte[] body = {'#', '&', ' ', 'a', 't', 'a', (byte) 0xff, 'e', 't', ' ', ';', '\n', '(', 'c', 't', ':', 'a', 'e', ' ', '.', '\n'};
        RdfSyntaxException e = assertThrows(RdfSyntaxException.class,
                () -> RdfPageParser.read(body, Lang.TURTLE, URI.create(BASE + "loop.ttl")));
        assertTrue(e.getMessage().startsWith(BASE + "loop.ttl:2:"), e.getMessage());
        assertTrue(e.getMessage().contains("the lenient parser (RDF4J Rio) also failed at line 2: it went on past the end of the page"
                + " (58 statements and complaints, more than the page's bytes can hold)"), e.getMessage());
    }

    @Test
    void a_clean_page_is_read_by_jena_alone() {
        byte[] body = (PREFIXES + "<https://data.voorbeeld.be/dataset/a> a dcat:Dataset .").getBytes(StandardCharsets.UTF_8);
        RdfPage page = RdfPageParser.read(body, Lang.TURTLE, URI.create(BASE + "a.ttl"));
        assertEquals(Optional.empty(), page.lenient());
        assertEquals(List.of(), page.notes());
        assertEquals(1, page.graph().size());
    }

    @Test
    void json_ld_and_n_quads_are_not_read_leniently() {
        assertEquals(false, LenientRdfParser.supports(Lang.JSONLD));
        assertEquals(false, LenientRdfParser.supports(Lang.NQUADS));
        byte[] body = "{\"@id\": \"https://data.voorbeeld.be/a\", }".getBytes(StandardCharsets.UTF_8);
        RdfSyntaxException e = assertThrows(RdfSyntaxException.class,
                () -> RdfPageParser.read(body, Lang.JSONLD, URI.create(BASE + "a.jsonld")));
        assertTrue(e.getMessage().startsWith(BASE + "a.jsonld:1:40: syntax error: "), e.getMessage());
    }
}
