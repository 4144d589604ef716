// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.expr.NodeValue;
import org.junit.jupiter.api.Test;

/** What SlimCat does differently for Virtuoso's SPARQL, on queries alone and on a small dataset. */
class ServiceDialectTest {
    private static final String PREFIXES = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX ex: <http://example.org/> ";

    private static Query query(String text) {
        return QueryFactory.create(PREFIXES + text);
    }

    @Test
    void queries_with_a_transitive_path_anywhere_run_locally_for_virtuoso_only() {
        for (String text : List.of("SELECT * { ?a skos:broader* ?b }", "SELECT * { ?a ex:p/skos:broader+ ?b }",
                "SELECT * { ?a ex:p ?b FILTER EXISTS { ?b ^skos:broader* ?c } }",
                "SELECT * { ?a ex:p ?b { SELECT ?b { ?b (skos:broader|skos:related)* ?c } } }",
                "ASK { ?a ex:p ?b FILTER NOT EXISTS { ?b skos:broader* ex:top } }")) {
            assertTrue(ServiceDialect.VIRTUOSO.needsLocal(query(text)), text);
            assertFalse(ServiceDialect.STANDARD.needsLocal(query(text)), text);
        }
        for (String text : List.of("SELECT * { ?a skos:broader ?b }", "SELECT * { ?a ex:p/skos:broader? ?b }",
                "SELECT * { ?a ex:p|^ex:q ?b FILTER EXISTS { ?b ex:p ?c } }")) {
            assertFalse(ServiceDialect.VIRTUOSO.needsLocal(query(text)), text);
        }
    }

    /** Three instruments with titles and policy levels, in the default graph. */
    private static DatasetGraph instrumentsWithLevels() {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        data.executeWrite(() -> RDFParser.fromString("""
                @prefix ex: <http://example.org/> .
                ex:i1 ex:title "b" , "c" ; ex:level ex:eu .
                ex:i2 ex:title "a" ; ex:level ex:eu , ex:vl .
                ex:i3 ex:title "d" ; ex:level ex:vl .
                """, Lang.TURTLE).parse(data.getDefaultGraph()));
        return data;
    }

    @Test
    void a_grouped_order_goes_to_an_outer_query_with_the_same_answer() {
        DatasetGraph data = instrumentsWithLevels();
        Query grouped = query("SELECT ?i (MIN(?t) AS ?title) (COUNT(?l) AS ?levels) { ?i ex:title ?t ; ex:level ?l }"
                + " GROUP BY ?i ORDER BY STR(?title) ?i LIMIT 2 OFFSET 1");
        Query rewritten = ServiceDialect.VIRTUOSO.rewrite(grouped);

        assertNotEquals(grouped.toString(), rewritten.toString());
        assertFalse(rewritten.hasGroupBy(), "the outer query does not group");
        String text = rewritten.serialize();
        assertFalse(text.substring(text.indexOf("SELECT")).contains("PREFIX"), "no prologue in the sub-query: " + text);
        assertEquals(List.of("http://example.org/i1 b 2", "http://example.org/i3 d 1"), rows(data, rewritten));
        assertEquals(rows(data, grouped), rows(data, rewritten));
        assertSame(grouped, ServiceDialect.STANDARD.rewrite(grouped));
        Query orderedByAGroupKeyNotSelected = query("SELECT (COUNT(?t) AS ?n) { ?i ex:title ?t } GROUP BY ?i ORDER BY ?i");
        assertSame(orderedByAGroupKeyNotSelected, ServiceDialect.VIRTUOSO.rewrite(orderedByAGroupKeyNotSelected));
    }

    @Test
    void virtuoso_is_told_to_leave_the_foreign_graphs_out() {
        Query q = query("SELECT * { ?a ex:p ?b }");
        List<Node> foreign = List.of(NodeFactory.createURI("http://www.openlinksw.com/schemas/virtrdf#"),
                NodeFactory.createURI("http://example.org/other-application"));

        assertEquals("""
                define input:default-graph-exclude <http://www.openlinksw.com/schemas/virtrdf#>
                define input:named-graph-exclude <http://www.openlinksw.com/schemas/virtrdf#>
                define input:default-graph-exclude <http://example.org/other-application>
                define input:named-graph-exclude <http://example.org/other-application>
                """ + q, ServiceDialect.VIRTUOSO.text(q, () -> foreign));
        assertEquals(q.toString(), ServiceDialect.STANDARD.text(q, () -> {
            throw new AssertionError("a standard service is not asked for its graphs");
        }));
    }

    @Test
    void for_virtuoso_a_named_graph_given_by_iri_is_matched_by_a_filter_with_the_same_answer() {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        data.executeWrite(() -> RDFParser.fromString("""
                @prefix ex: <http://example.org/> .
                ex:g1 { ex:a ex:p ex:b . }
                ex:g2 { ex:a ex:p ex:c . ex:c ex:p ex:d . }
                """, Lang.TRIG).parse(data));
        Query q = query("SELECT * { GRAPH ex:g2 { ?a ex:p ?b } FILTER NOT EXISTS { GRAPH ex:g1 { ?a ex:p ?b } } }");

        Query rewritten = GraphConstants.asFilters(q);

        assertEquals(List.of(Var.alloc("a"), Var.alloc("b")), rewritten.getProjectVars());
        assertFalse(rewritten.toString().contains("GRAPH <http://example.org/g"), rewritten.toString());
        assertTrue(ServiceDialect.VIRTUOSO.text(q, () -> List.of(NodeFactory.createURI("http://example.org/other")))
                .endsWith(rewritten.toString()));
        List<String> expected = List.of("http://example.org/a http://example.org/c", "http://example.org/c http://example.org/d");
        assertEquals(expected, pairs(data, q));
        assertEquals(expected, pairs(data, rewritten));
        Query withoutGraphs = query("SELECT * { ?a ex:p ?b }");
        assertSame(withoutGraphs, GraphConstants.asFilters(withoutGraphs));
    }

    private static List<String> pairs(DatasetGraph data, Query query) {
        List<String> rows = new ArrayList<>();
        data.executeRead(() -> QueryExec.dataset(data).query(query).select().forEachRemaining(row -> {
            assertEquals(2, row.size(), "only the query's own variables: " + row);
            rows.add(row.get("a").getURI() + " " + row.get("b").getURI());
        }));
        rows.sort(null);
        return rows;
    }

    @Test
    void virtuoso_ones_and_zeros_of_computed_booleans_are_read_as_booleans() {
        Query q = query("SELECT ?live (?n > 2 AS ?big) ?n ?flag ?given {"
                + " ?a ex:n ?n ; ex:flag ?flag OPTIONAL { ?a ex:f ?f } BIND(COALESCE(?f = ex:x, false) AS ?live)"
                + " { SELECT ?a (EXISTS { ?a ex:q ?z } AS ?given) { ?a ex:p ?b } } }");
        Binding row = BindingFactory.builder().add(Var.alloc("live"), integer("1")).add(Var.alloc("big"), integer("0"))
                .add(Var.alloc("n"), integer("1")).add(Var.alloc("flag"), integer("1")).add(Var.alloc("given"), integer("0")).build();

        Binding read = ServiceDialect.VIRTUOSO.answers(q).apply(row);

        assertEquals(NodeValue.TRUE.asNode(), read.get("live"));
        assertEquals(NodeValue.FALSE.asNode(), read.get("big"));
        assertEquals(NodeValue.FALSE.asNode(), read.get("given"));
        assertEquals(integer("1"), read.get("n"), "a number of the data stays a number");
        assertEquals(integer("1"), read.get("flag"), "a stored value stays as stored");
        assertEquals(row, ServiceDialect.STANDARD.answers(q).apply(row));
        Query values = query("SELECT ?b { VALUES ?b { true false } }");
        assertEquals(NodeValue.FALSE.asNode(), ServiceDialect.VIRTUOSO.answers(values).apply(
                BindingFactory.binding(Var.alloc("b"), integer("0"))).get("b"));
    }

    private static Node integer(String lexical) {
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDinteger);
    }

    @Test
    void the_predicates_of_transitive_paths_are_named() {
        Query q = query("SELECT * { ?a ex:p/skos:broader* ?b ; ex:q ?c FILTER EXISTS { ?c ^skos:related+ ?d } }");
        assertEquals(Set.of(NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#broader"),
                NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#related")), ServiceDialect.transitivePredicates(q));
    }

    @Test
    void a_trailing_values_block_goes_into_the_pattern_or_outside_the_grouping_with_the_same_answer() {
        DatasetGraph data = instrumentsWithLevels();
        Query plain = query("SELECT ?i (MIN(?t) AS ?title) (COUNT(?l) AS ?levels) { ?i ex:title ?t ; ex:level ?l }"
                + " GROUP BY ?i VALUES ?i { ex:i2 ex:i3 }");
        Query rewritten = ServiceDialect.VIRTUOSO.rewrite(plain);

        assertFalse(rewritten.hasValues(), rewritten.toString());
        assertEquals(List.of("http://example.org/i2 a 2", "http://example.org/i3 d 1"), sorted(rows(data, rewritten)));
        assertEquals(sorted(rows(data, plain)), sorted(rows(data, rewritten)));

        Query notGrouped = query("SELECT ?i ?t { ?i ex:title ?t } ORDER BY ?t VALUES ?i { ex:i1 ex:i3 }");
        Query moved = ServiceDialect.VIRTUOSO.rewrite(notGrouped);
        assertFalse(moved.hasValues(), moved.toString());
        List<String> titles = new ArrayList<>();
        data.executeRead(() -> QueryExec.dataset(data).query(moved).select()
                .forEachRemaining(row -> titles.add(row.get("t").getLiteralLexicalForm())));
        assertEquals(List.of("b", "c", "d"), titles);
        assertSame(notGrouped, ServiceDialect.STANDARD.rewrite(notGrouped));
    }

    private static List<String> sorted(List<String> rows) {
        return rows.stream().sorted().toList();
    }

    private static List<String> rows(DatasetGraph data, Query query) {
        List<String> rows = new ArrayList<>();
        data.executeRead(() -> QueryExec.dataset(data).query(query).select().forEachRemaining(row -> rows.add(
                row.get("i").getURI() + " " + row.get("title").getLiteralLexicalForm() + " " + row.get("levels").getLiteralLexicalForm())));
        return rows;
    }
}
