// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
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

    @Test
    void a_grouped_order_goes_to_an_outer_query_with_the_same_answer() {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        data.executeWrite(() -> RDFParser.fromString("""
                @prefix ex: <http://example.org/> .
                ex:i1 ex:title "b" , "c" ; ex:level ex:eu .
                ex:i2 ex:title "a" ; ex:level ex:eu , ex:vl .
                ex:i3 ex:title "d" ; ex:level ex:vl .
                """, Lang.TURTLE).parse(data.getDefaultGraph()));
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

    private static List<String> rows(DatasetGraph data, Query query) {
        List<String> rows = new ArrayList<>();
        data.executeRead(() -> QueryExec.dataset(data).query(query).select().forEachRemaining(row -> rows.add(
                row.get("i").getURI() + " " + row.get("title").getLiteralLexicalForm() + " " + row.get("levels").getLiteralLexicalForm())));
        return rows;
    }
}
