// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

import be.slimcat.vocab.BundledFile;
import be.slimcat.vocab.SlimcatIris;

/** The bundled query library: headers, parameters, binding by substitution and its errors. */
class QueryLibraryTest {
    private final QueryLibrary library = QueryLibrary.bundled();

    @Test
    void the_library_lists_every_query_file_by_name_in_order() {
        List<String> names = library.names();
        assertEquals(39, names.size(), names.toString());
        assertEquals(new TreeSet<>(names).stream().toList(), names);
        assertEquals("accelerators-and-incubators", names.get(0));
        assertTrue(library.find("funding-for-a-pilot").isPresent());
        assertEquals(Optional.empty(), library.find("no-such-query"));
    }

    @Test
    void the_library_answers_more_than_25_questions_of_the_digest() {
        TreeSet<Integer> answered = new TreeSet<>();
        library.list().forEach(q -> answered.addAll(q.questions()));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 13, 14, 15, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29,
                31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 45, 46, 47, 48), List.copyOf(answered));
    }

    @Test
    void the_pilot_funding_query_has_its_header_and_three_parameters() {
        LibraryQuery q = library.get("funding-for-a-pilot");
        assertEquals("Financiering voor een pilootproject", q.title("nl"));
        assertEquals("Funding for a pilot project", q.title("en"));
        assertEquals("Funding for a pilot project", q.title("fr"));
        assertTrue(q.description("en").startsWith("Which funding instruments of a policy level accept"));
        assertEquals(List.of(20), q.questions());
        assertFalse(q.needsQualityGraphs());
        assertEquals(List.of("domain", "applicantType", "policyLevel"), q.parameters().stream().map(QueryParameter::name).toList());
        QueryParameter level = q.parameter("policyLevel").orElseThrow();
        assertEquals(ParameterKind.IRI, level.kind());
        assertEquals("https://data.slimcat.be/id/concept/beleidsniveau/vlaams", level.defaultValue());
        assertEquals("Beleidsniveau van het instrument", level.description("nl"));
        assertEquals(Optional.of("https://data.slimcat.be/id/conceptscheme/beleidsniveau"), level.choicesScheme());
        assertTrue(library.get("datasets-without-licence").needsQualityGraphs());
    }

    @Test
    void every_query_binds_its_defaults_and_its_text_parses_again() {
        for (LibraryQuery q : library.list()) {
            assertFalse(q.titles().get("nl").isBlank(), q.name());
            assertFalse(q.descriptions().get("en").isBlank(), q.name());
            BoundQuery bound = q.bind(Map.of(), SlimcatIris.defaults());
            assertEquals(q.parameters().size(), bound.values().size(), q.name());
            String text = bound.text();
            assertTrue(text.startsWith("# " + q.title("en") + " (slimcat ask " + q.name() + ")\n"), text);
            assertEquals(bound.query().toString(), QueryFactory.create(text).toString(), q.name());
            for (QueryParameter p : q.parameters()) {
                assertFalse(text.contains("?" + p.name() + " ") || text.contains("?" + p.name() + ")"),
                        q.name() + " still has ?" + p.name() + ":\n" + text);
            }
        }
    }

    @Test
    void values_are_substituted_as_terms_never_spliced_as_text() {
        BoundQuery bound = library.get("search-parking").bind(Map.of("search", "x\" } ?s ?p ?o {"), SlimcatIris.defaults());
        assertEquals(NodeFactory.createLiteralString("x\" } ?s ?p ?o {"), bound.values().get("search"));
        assertTrue(bound.text().contains("\"x\\\" } ?s ?p ?o {\""), bound.text());
        BoundQuery since = library.get("datasets-changed-since").bind(Map.of("since", "2026-06-15"), SlimcatIris.defaults());
        assertEquals(NodeFactory.createLiteralDT("2026-06-15", XSDDatatype.XSDdate), since.values().get("since"));
        assertTrue(since.text().contains("\"2026-06-15\"^^xsd:date"), since.text());
    }

    @Test
    void every_kind_parses_its_values_and_refuses_others() {
        SlimcatIris iris = SlimcatIris.defaults();
        assertEquals(NodeFactory.createURI("https://example.org/x"), ParameterKind.IRI.toNode("<https://example.org/x>", iris).orElseThrow());
        assertEquals(Optional.empty(), ParameterKind.IRI.toNode("gemeente/44021", iris));
        assertEquals(Optional.empty(), ParameterKind.IRI.toNode("https://example.org/a b", iris));
        assertEquals(NodeFactory.createLiteralDT("4", XSDDatatype.XSDinteger), ParameterKind.INTEGER.toNode(" 4 ", iris).orElseThrow());
        assertEquals(Optional.empty(), ParameterKind.INTEGER.toNode("4.5", iris));
        assertEquals(NodeFactory.createLiteralDT("0.5", XSDDatatype.XSDdecimal), ParameterKind.DECIMAL.toNode("0.50", iris).orElseThrow());
        assertEquals(Optional.empty(), ParameterKind.DECIMAL.toNode("1e3", iris));
        assertEquals(Optional.empty(), ParameterKind.DATE.toNode("2026-02-30", iris));
        assertEquals(NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean), ParameterKind.BOOLEAN.toNode("false", iris).orElseThrow());
        assertEquals(Optional.empty(), ParameterKind.BOOLEAN.toNode("yes", iris));
    }

    @Test
    void a_bad_value_names_the_parameter_the_value_and_what_is_expected() {
        LibraryQuery q = library.get("datasets-changed-since");
        InvalidParameterException date = assertThrows(InvalidParameterException.class,
                () -> q.bind(Map.of("since", "21/11/2026"), SlimcatIris.defaults()));
        assertEquals("Parameter 'since' of query 'datasets-changed-since' has the value '21/11/2026', which is not"
                + " a date as YYYY-MM-DD, e.g. 2026-11-21", date.getMessage());
        InvalidParameterException unknown = assertThrows(InvalidParameterException.class,
                () -> q.bind(Map.of("until", "2026-01-01"), SlimcatIris.defaults()));
        assertEquals("Query 'datasets-changed-since' has no parameter 'until'; its parameters are since", unknown.getMessage());
        InvalidParameterException empty = assertThrows(InvalidParameterException.class,
                () -> q.bind(Map.of("since", " "), SlimcatIris.defaults()));
        assertEquals("Parameter 'since' of query 'datasets-changed-since' is empty: give a date as YYYY-MM-DD, e.g."
                + " 2026-11-21, or leave it out to use the default 2026-11-21", empty.getMessage());
        UnknownQueryException missing = assertThrows(UnknownQueryException.class, () -> library.get("funding"));
        assertTrue(missing.getMessage().startsWith("No query named 'funding' in the library; the queries are: accelerators-and-incubators, "),
                missing.getMessage());
    }

    @Test
    void another_base_rebases_defaults_values_and_constants_but_not_the_vocabulary() {
        SlimcatIris other = SlimcatIris.withBase("https://data.example.org");
        BoundQuery bound = library.get("funding-for-a-pilot").bind(
                Map.of("policyLevel", "https://data.slimcat.be/id/concept/beleidsniveau/europees"), other);
        assertEquals(NodeFactory.createURI("https://data.example.org/id/concept/beleidsniveau/europees"), bound.values().get("policyLevel"));
        assertEquals(NodeFactory.createURI("https://data.example.org/id/concept/domein/mobility"), bound.values().get("domain"));
        String text = bound.text();
        assertFalse(text.contains("https://data.slimcat.be/id/"), text);
        assertTrue(text.contains("https://data.slimcat.be/ns/slimcat#"), text);
        String sdg = library.get("datasets-for-sdg-11").bind(Map.of(), other).text();
        assertTrue(sdg.contains("<https://data.example.org/id/conceptscheme/actorcategorie>"), sdg);
        assertEquals("https://data.example.org/id/gemeente/44021",
                library.get("live-and-static-datasets").parameters().get(0).defaultValue(other));
    }

    @Test
    void a_broken_header_is_refused_with_file_and_line() {
        String header = "# title@nl: T\n# title@en: T\n# description@nl: D\n# description@en: D\n# questions: 3\n";
        assertEquals("data-samples/queries/q.rq:6: parameter ?x has the kind 'text'; the kinds are iri, string, date,"
                + " integer, decimal, boolean", parseError(header + "# param: ?x | text | a | b | c\nSELECT * { ?s ?p ?x }"));
        assertEquals("data-samples/queries/q.rq:6: the default of ?x is 'soon', which is not a date as YYYY-MM-DD, e.g."
                + " 2026-11-21", parseError(header + "# param: ?x | date | soon | b | c\nSELECT * { ?s ?p ?x }"));
        assertEquals("data-samples/queries/q.rq:6: expected 5 fields separated by '|': # param: ?name | kind | default"
                + " | description in Dutch | description in English", parseError(header + "# param: ?x | date\nSELECT * { ?s ?p ?x }"));
        assertEquals("data-samples/queries/q.rq:1: parameter ?y does not occur in the query",
                parseError(header + "# param: ?y | integer | 1 | b | c\nSELECT * { ?s ?p ?x }"));
        assertEquals("data-samples/queries/q.rq:1: the header lacks '# questions: ...'",
                parseError("# title@nl: T\n# title@en: T\n# description@nl: D\n# description@en: D\nSELECT * { ?s ?p ?o }"));
        assertEquals("data-samples/queries/q.rq:1: 'questions' lists '49'; give numbers 1 to 48 of seeds-digest §5,"
                + " separated by commas", parseError(header.replace("questions: 3", "questions: 3, 49") + "SELECT * { ?s ?p ?o }"));
        assertTrue(parseError(header + "SELEKT * { ?s ?p ?o }").startsWith("data-samples/queries/q.rq: the SPARQL does not parse: "));
    }

    private static String parseError(String text) {
        return assertThrows(QueryHeaderException.class, () -> QueryLibrary.read(
                List.of(new BundledFile("q.rq", text.getBytes(StandardCharsets.UTF_8))))).getMessage();
    }
}
