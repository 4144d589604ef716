// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueStoreTest {
    private static final Node G1 = NodeFactory.createURI("https://data.slimcat.be/graph/a");
    private static final Node G2 = NodeFactory.createURI("https://data.slimcat.be/graph/b");

    @TempDir Path dir;

    private static Graph turtle(String ttl) {
        return RDFParser.fromString("@prefix dct: <http://purl.org/dc/terms/> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> ."
                + ttl, Lang.TURTLE).toGraph();
    }

    private static List<String> select(CatalogueStore store, String query) {
        return store.read(dsg -> {
            List<String> values = new ArrayList<>();
            RowSet rows = QueryExec.dataset(dsg).query(query).select();
            rows.forEachRemaining(b -> values.add(b.get("x").toString()));
            return values;
        });
    }

    @Test
    void replacing_a_graph_leaves_other_graphs_alone() {
        try (CatalogueStore store = StoreUnderTest.open(dir)) {
            assertTrue(store.isEmpty());
            store.replaceGraph(G1, turtle("<http://example.org/a> dct:title 'A' . <http://example.org/b> dct:title 'B' ."));
            store.replaceGraph(G2, turtle("<http://example.org/c> dct:title 'C' ."));
            GraphSummary replaced = store.replaceGraph(G1, turtle("<http://example.org/d> dct:title 'D' ."));
            assertEquals(1, replaced.triples());
            assertEquals(List.of(new GraphSummary(G1, 1), new GraphSummary(G2, 1)), store.graphs());
            assertFalse(store.isEmpty());
        }
    }

    @Test
    void a_graph_summary_counts_one_graph_inside_a_write_transaction() {
        try (CatalogueStore store = StoreUnderTest.open(dir)) {
            store.replaceGraph(G2, turtle("<http://example.org/c> dct:title 'C' ."));
            GraphSummary written = store.write(dsg -> {
                dsg.add(G1, NodeFactory.createURI("http://example.org/a"), NodeFactory.createURI("http://purl.org/dc/terms/title"),
                        NodeFactory.createLiteralString("A"));
                dsg.add(G1, NodeFactory.createURI("http://example.org/a"), NodeFactory.createURI("http://purl.org/dc/terms/title"),
                        NodeFactory.createLiteralLang("A", "nl"));
                return GraphSummary.of(dsg, G1);
            });
            assertEquals(new GraphSummary(G1, 2), written);
            assertEquals(new GraphSummary(NodeFactory.createURI("https://data.slimcat.be/graph/none"), 0),
                    store.read(dsg -> GraphSummary.of(dsg, NodeFactory.createURI("https://data.slimcat.be/graph/none"))));
        }
    }

    @Test
    void queries_see_the_union_of_the_named_graphs_as_default_graph() {
        try (CatalogueStore store = StoreUnderTest.open(dir)) {
            store.replaceGraph(G1, turtle("<http://example.org/a> dct:title 'A' ."));
            store.addToGraph(G2, turtle("<http://example.org/b> dct:title 'B' ."));
            assertEquals(List.of("\"A\"", "\"B\""),
                    select(store, "SELECT ?x { ?s <http://purl.org/dc/terms/title> ?x } ORDER BY ?x"));
        }
    }

    @Test
    void data_survives_closing_and_reopening() {
        try (CatalogueStore store = StoreUnderTest.open(dir)) {
            store.replaceGraph(G1, turtle("<http://example.org/a> dct:title 'A' ."));
        }
        try (CatalogueStore store = StoreUnderTest.open(dir)) {
            assertEquals(List.of(new GraphSummary(G1, 1)), store.graphs());
        }
    }

    @Test
    void text_index_finds_titles_and_labels_by_language_and_forgets_replaced_data() {
        String search = "PREFIX text: <http://jena.apache.org/text#> SELECT ?x { ?x text:query ('%s') } ORDER BY ?x";
        try (CatalogueStore store = StoreUnderTest.open(dir)) {
            store.replaceGraph(G1, turtle("<http://example.org/park> dct:title 'Parkeerbezetting Gent'@nl, 'Parking occupancy Ghent'@en ."
                    + "<http://example.org/air> skos:prefLabel 'Luchtkwaliteit'@nl ; dct:description 'Metingen van fijn stof en parkeren'@nl ."));
            assertEquals(List.of("http://example.org/air", "http://example.org/park"), select(store, search.formatted("parkeer* OR parkeren")));
            assertEquals(List.of("http://example.org/park"), select(store, search.formatted("occupancy")));
            assertEquals(List.of(), select(store, search.formatted("occupancy' 'lang:nl")));
            assertEquals(List.of("http://example.org/air"), select(store, search.formatted("luchtkwaliteit")));

            store.replaceGraph(G1, turtle("<http://example.org/other> dct:title 'Afvalophaling'@nl ."));
            assertEquals(List.of(), select(store, search.formatted("parkeer*")));
            assertEquals(List.of("http://example.org/other"), select(store, search.formatted("afvalophaling")));
        }
    }

    @Test
    void text_index_leaves_out_the_quality_graphs() {
        String search = "PREFIX text: <http://jena.apache.org/text#> SELECT ?x { ?x text:query ('%s') } ORDER BY ?x";
        String comment = "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . <http://example.org/%s> rdfs:comment 'Voeg een licentie toe'@nl .";
        try (CatalogueStore store = StoreUnderTest.open(dir)) {
            store.replaceGraph(NodeFactory.createURI("https://data.slimcat.be/graph/quality/source/gent"),
                    turtle(comment.formatted("result")));
            store.addToGraph(NodeFactory.createURI("https://data.slimcat.be/graph/quality"), turtle(comment.formatted("trend")));
            store.replaceGraph(NodeFactory.createURI("https://data.slimcat.be/graph/qualityish"), turtle(comment.formatted("other")));
            store.replaceGraph(G1, turtle(comment.formatted("record")));
            assertEquals(List.of("http://example.org/other", "http://example.org/record"), select(store, search.formatted("licentie")));
            assertEquals(List.of("\"Voeg een licentie toe\"@nl"),
                    select(store, "SELECT DISTINCT ?x { <http://example.org/result> ?p ?x }"), "the quality graph is stored all the same");
        }
    }

    @Test
    void exports_one_graph_as_turtle_and_all_graphs_as_nquads() {
        try (CatalogueStore store = StoreUnderTest.open(dir)) {
            store.replaceGraph(G1, turtle("<http://example.org/a> dct:title 'A' ."));
            store.replaceGraph(G2, turtle("<http://example.org/b> dct:title 'B' ."));
            ByteArrayOutputStream one = new ByteArrayOutputStream();
            store.export(G1, Lang.NTRIPLES, one);
            assertEquals("<http://example.org/a> <http://purl.org/dc/terms/title> \"A\" .\n", one.toString(StandardCharsets.UTF_8));
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            store.export(null, Lang.NQUADS, all);
            assertEquals(2, all.toString(StandardCharsets.UTF_8).lines().count());
        }
    }

    @Test
    void an_unusable_directory_is_reported_with_its_path() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        StoreUnavailableException e = assertThrows(StoreUnavailableException.class, () -> StoreUnderTest.open(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void a_replace_that_fails_midway_keeps_the_old_graph() {
        try (CatalogueStore store = StoreUnderTest.open(dir)) {
            store.replaceGraph(G1, turtle("<http://example.org/a> dct:title 'A' ."));
            java.util.Iterator<org.apache.jena.graph.Triple> failing = new java.util.Iterator<>() {
                int n;

                @Override
                public boolean hasNext() {
                    return true;
                }

                @Override
                public org.apache.jena.graph.Triple next() {
                    if (++n > 3) {
                        throw new IllegalStateException("source broke off");
                    }
                    return org.apache.jena.graph.Triple.create(NodeFactory.createURI("http://example.org/n" + n),
                            NodeFactory.createURI("http://purl.org/dc/terms/title"), NodeFactory.createLiteralString("x"));
                }
            };
            assertThrows(IllegalStateException.class, () -> store.replaceGraph(G1, failing));
            assertEquals(List.of("\"A\""), select(store, "SELECT ?x { ?s <http://purl.org/dc/terms/title> ?x }"));
        }
    }

    @Test
    void compaction_keeps_the_data_and_frees_the_space_of_replaced_graphs() {
        StoreUnderTest.assumeEmbedded("TDB2 compaction; a remote service manages its own disk");
        StringBuilder ttl = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            ttl.append("<http://example.org/d").append(i).append("> dct:title 'Titel ").append(i).append("' .\n");
        }
        try (CatalogueStore store = StoreUnderTest.open(dir)) {
            for (int round = 0; round < 5; round++) {
                store.replaceGraph(G1, turtle(ttl.toString().replace("Titel", "Titel" + round)));
            }
            CatalogueStore.Compaction compaction = store.compact().orElseThrow();
            assertTrue(compaction.bytesAfter() < compaction.bytesBefore(), compaction.toString());
            assertEquals(List.of(new GraphSummary(G1, 2000)), store.graphs());
            assertEquals(List.of("\"Titel4 7\""), select(store, "SELECT ?x { <http://example.org/d7> <http://purl.org/dc/terms/title> ?x }"));
        }
        try (CatalogueStore reopened = StoreUnderTest.open(dir)) {
            assertEquals(List.of(new GraphSummary(G1, 2000)), reopened.graphs());
        }
    }
}
