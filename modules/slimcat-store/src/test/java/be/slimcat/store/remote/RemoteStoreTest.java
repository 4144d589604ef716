// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.slimcat.store.CatalogueStore;
import be.slimcat.store.GraphSummary;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The store on a remote SPARQL service: a real Fuseki on a random port, its TDB2 default graph the union. */
class RemoteStoreTest {
    private static final String NAMESPACE = "https://data.slimcat.be/graph/";
    private static final Node G1 = NodeFactory.createURI(NAMESPACE + "a");
    private static final Node G2 = NodeFactory.createURI(NAMESPACE + "b");
    private static final Node FOREIGN = NodeFactory.createURI("http://example.org/not-the-catalogue");

    @TempDir Path dir;
    private DatasetGraph served;
    private FusekiServer fuseki;
    private final AtomicInteger queries = new AtomicInteger();
    private CatalogueStore store;

    @BeforeEach
    void start() {
        served = DatabaseMgr.connectDatasetGraph(dir.resolve("service").toString());
        served.getContext().set(TDB2.symUnionDefaultGraph, true);
        Filter countQueries = (request, response, chain) -> {
            HttpServletRequest http = (HttpServletRequest) request;
            String url = String.valueOf(http.getQueryString());
            // counts the queries; not the one ASK {} that asks which service this is
            boolean probe = url.equals("query=ASK+%7B%7D");
            if (http.getMethod().equals("GET") ? url.contains("query=") && !probe : http.getParameter("query") != null) {
                queries.incrementAndGet();
            }
            if (url.contains("refused")) {
                ((HttpServletResponse) response).sendError(400, "This service does not answer queries about refusals");
                return;
            }
            chain.doFilter(request, response);
        };
        fuseki = FusekiServer.create().port(0).loopback(true).add("/ds", served, true).addFilter("/*", countQueries).build().start();
        store = CatalogueStore.connect(service(), dir.resolve("work"), NAMESPACE);
    }

    private RemoteService service() {
        return RemoteService.at(URI.create("http://localhost:" + fuseki.getHttpPort() + "/ds"));
    }

    @AfterEach
    void stop() {
        store.close();
        fuseki.stop();
    }

    private static Graph turtle(String ttl) {
        return RDFParser.fromString("@prefix dct: <http://purl.org/dc/terms/> . " + ttl, Lang.TURTLE).toGraph();
    }

    private List<String> titles(String query) {
        return store.read(dsg -> {
            List<String> values = new ArrayList<>();
            QueryExec.dataset(dsg).query(query).select().forEachRemaining(row -> values.add(row.get("x").getLiteralLexicalForm()));
            return values;
        });
    }

    @Test
    void a_replaced_graph_is_on_the_service_and_only_the_catalogue_graphs_are_listed() {
        Txn.executeWrite(served, () -> served.add(FOREIGN, RDF.type.asNode(), RDF.type.asNode(), RDF.Property.asNode()));
        assertTrue(store.isEmpty());
        store.replaceGraph(G1, turtle("<http://example.org/a> dct:title 'A' . <http://example.org/b> dct:title 'B' ."));
        store.replaceGraph(G2, turtle("<http://example.org/c> dct:title 'C' ."));
        GraphSummary replaced = store.replaceGraph(G1, turtle("<http://example.org/d> dct:title 'D' ."));

        assertEquals(new GraphSummary(G1, 1), replaced);
        assertEquals(List.of(new GraphSummary(G1, 1), new GraphSummary(G2, 1)), store.graphs());
        int stored = Txn.calculateRead(served, () -> served.getGraph(G1).size());
        assertEquals(1, stored);
        assertTrue(store.containsGraph(G2));
        assertFalse(store.containsGraph(NodeFactory.createURI(NAMESPACE + "none")));
        assertFalse(store.isEmpty());
    }

    @Test
    void a_query_is_sent_whole_to_the_service() {
        StringBuilder ttl = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            ttl.append("<http://example.org/d").append(i).append("> a <http://www.w3.org/ns/dcat#Dataset> ; dct:title 'T")
                    .append(i).append("' .\n");
        }
        store.replaceGraph(G1, turtle(ttl.toString()));
        queries.set(0);

        List<String> found = titles("SELECT ?x { ?d a <http://www.w3.org/ns/dcat#Dataset> ; <http://purl.org/dc/terms/title> ?x"
                + " FILTER(?x IN ('T7', 'T42')) } ORDER BY ?x");

        assertEquals(List.of("T42", "T7"), found);
        assertEquals(1, queries.get(), "one request for a join over 50 datasets");
    }

    @Test
    void a_predicate_looked_up_again_and_again_is_read_whole_once() {
        StringBuilder ttl = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            ttl.append("<http://example.org/d").append(i).append("> dct:title 'T").append(i).append("' .\n");
        }
        store.replaceGraph(G1, turtle(ttl.toString()));
        Node title = NodeFactory.createURI("http://purl.org/dc/terms/title");
        queries.set(0);

        List<String> found = store.read(dsg -> {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                dsg.find(Node.ANY, NodeFactory.createURI("http://example.org/d" + i), title, Node.ANY)
                        .forEachRemaining(q -> values.add(q.getObject().getLiteralLexicalForm()));
            }
            return values;
        });

        assertEquals(IntStream.range(0, 40).mapToObj(i -> "T" + i).toList(), found);
        assertEquals(RemoteTransaction.LOOKUPS_BEFORE_KEEPING - 1 + 2, queries.get(),
                "a request per lookup until the predicate is counted and read whole at its sixteenth lookup; then none");
    }

    @Test
    void construct_ask_and_describe_are_answered_from_the_service_solutions() {
        store.replaceGraph(G1, turtle("<http://example.org/a> dct:title 'A' ; dct:publisher <http://example.org/p> ."));
        Graph constructed = store.read(dsg -> QueryExec.dataset(dsg)
                .query("CONSTRUCT { ?s <http://example.org/named> ?t } WHERE { ?s <http://purl.org/dc/terms/title> ?t }").construct());
        boolean asked = store.read(dsg -> QueryExec.dataset(dsg).query("ASK { ?s <http://purl.org/dc/terms/publisher> ?p }").ask());
        Graph described = store.read(dsg -> QueryExec.dataset(dsg).query("DESCRIBE <http://example.org/a>").describe());

        assertEquals(1, constructed.size());
        assertTrue(constructed.contains(NodeFactory.createURI("http://example.org/a"), NodeFactory.createURI("http://example.org/named"),
                NodeFactory.createLiteralString("A")));
        assertTrue(asked);
        assertEquals(2, described.size());
    }

    @Test
    void blank_nodes_are_followed_within_a_graph_read_whole() {
        store.replaceGraph(G1, turtle("<http://example.org/a> dct:temporal [ dct:title 'start' ; dct:date '2026' ] ."));
        List<String> titles = store.read(dsg -> {
            Graph g = dsg.getGraph(G1);
            Node period = g.find(Node.ANY, DCTerms.temporal.asNode(), Node.ANY).next().getObject();
            List<String> values = new ArrayList<>();
            g.find(period, Node.ANY, Node.ANY).forEachRemaining(t -> values.add(t.getObject().getLiteralLexicalForm()));
            values.sort(String::compareTo);
            return values;
        });
        assertEquals(List.of("2026", "start"), titles);
    }

    @Test
    void a_blank_node_of_an_earlier_answer_is_followed_on_the_service_in_one_request() {
        store.replaceGraph(G1, turtle("<http://example.org/a> dct:temporal [ dct:title 'start' ] . <http://example.org/b> dct:title 'B' ."));
        Node period = store.read(dsg -> QueryExec.dataset(dsg).query("SELECT ?o { <http://example.org/a> <http://purl.org/dc/terms/temporal> ?o }")
                .select().next().get("o"));
        queries.set(0);
        List<String> found = store.read(dsg -> {
            List<String> values = new ArrayList<>();
            QueryExec.dataset(dsg).query("SELECT ?p ?o { ?subject ?p ?o }").substitution("subject", period).select()
                    .forEachRemaining(row -> values.add(row.get("p").getURI() + " " + row.get("o").getLiteralLexicalForm()));
            return values;
        });
        assertTrue(period.isBlank());
        assertEquals(List.of("http://purl.org/dc/terms/title start"), found);
        assertEquals(1, queries.get(), "one request to the service");
        // and across graphs through the dataset's lookups
        assertEquals(1L, (long) store.read(dsg -> Iter.count(dsg.find(Node.ANY, period, Node.ANY, Node.ANY))));
    }

    @Test
    void blank_nodes_are_skolem_iris_on_the_service_and_blank_nodes_again_when_read() {
        store.replaceGraph(G1, turtle("<http://example.org/a> dct:temporal [ dct:title 'start' ] ."));
        List<Node> onService = Txn.calculateRead(served, () -> Iter.toList(
                Iter.map(served.find(G1, Node.ANY, DCTerms.temporal.asNode(), Node.ANY), q -> q.getObject())));
        assertEquals(1, onService.size());
        assertTrue(onService.get(0).getURI().startsWith("https://data.slimcat.be/.well-known/genid/"), onService.toString());

        List<String> kinds = store.read(dsg -> {
            List<String> values = new ArrayList<>();
            QueryExec.dataset(dsg).query("SELECT ?o (isBlank(?o) AS ?blank) (isIRI(?o) AS ?iri) { ?s <http://purl.org/dc/terms/temporal> ?o }")
                    .select().forEachRemaining(row -> values.add(row.get("o").isBlank() + " " + row.get("blank").getLiteralLexicalForm()
                            + " " + row.get("iri").getLiteralLexicalForm()));
            return values;
        });
        assertEquals(List.of("true true false"), kinds);
        Graph exported = store.read(dsg -> dsg.getGraph(G1).find(Node.ANY, DCTerms.temporal.asNode(), Node.ANY).next()
                .getObject().isBlank() ? dsg.getGraph(G1) : null);
        assertTrue(exported != null, "the graph read whole has the blank node back");
        // rewriting the graph with the blank node read back keeps one node, not two
        store.write(dsg -> {
            Node period = dsg.find(G1, Node.ANY, DCTerms.temporal.asNode(), Node.ANY).next().getObject();
            dsg.add(G1, period, DCTerms.date.asNode(), NodeFactory.createLiteralString("2026"));
            return null;
        });
        assertEquals(1L, (long) Txn.calculateRead(served, () -> Iter.count(served.find(G1, onService.get(0), DCTerms.date.asNode(), Node.ANY))));
    }

    @Test
    void a_write_that_fails_midway_sends_nothing() {
        store.replaceGraph(G1, turtle("<http://example.org/a> dct:title 'A' ."));
        Iterator<Triple> failing = new Iterator<>() {
            private int n;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Triple next() {
                if (n++ == 3) {
                    throw new IllegalStateException("the source broke off");
                }
                return Triple.create(NodeFactory.createURI("http://example.org/x" + n), DCTerms.title.asNode(),
                        NodeFactory.createLiteralString("X"));
            }
        };
        assertThrows(IllegalStateException.class, () -> store.replaceGraph(G1, failing));
        assertEquals(List.of("A"), titles("SELECT ?x { ?s <http://purl.org/dc/terms/title> ?x }"));
    }

    @Test
    void a_write_counts_its_own_changes_before_they_are_sent_and_appends_with_one_request() {
        store.replaceGraph(G1, turtle("<http://example.org/a> dct:title 'A' ."));
        GraphSummary added = store.addToGraph(G1, turtle("<http://example.org/b> dct:title 'B' . <http://example.org/a> dct:title 'A' ."));
        long inside = store.write(dsg -> {
            dsg.delete(G1, NodeFactory.createURI("http://example.org/a"), DCTerms.title.asNode(), NodeFactory.createLiteralString("A"));
            return GraphSummary.of(dsg, G1).triples();
        });
        assertEquals(new GraphSummary(G1, 2), added);
        assertEquals(1, inside);
        assertEquals(List.of("B"), titles("SELECT ?x { ?s <http://purl.org/dc/terms/title> ?x }"));
    }

    @Test
    void the_text_index_finds_what_the_store_wrote() {
        store.replaceGraph(G1, turtle("<http://example.org/park> dct:title 'Parkeerbezetting Gent'@nl ."));
        List<String> found = store.read(dsg -> {
            List<String> values = new ArrayList<>();
            QueryExec.dataset(dsg).query("PREFIX text: <http://jena.apache.org/text#> SELECT ?x { ?x text:query 'parkeerbezetting' }")
                    .select().forEachRemaining(row -> values.add(row.get("x").getURI()));
            return values;
        });
        assertEquals(List.of("http://example.org/park"), found);
    }

    @Test
    void every_commit_gives_a_new_version_and_there_is_no_compaction() {
        CatalogueStore.Version before = store.read(dsg -> store.version());
        store.replaceGraph(G1, turtle("<http://example.org/a> dct:title 'A' ."));
        CatalogueStore.Version after = store.read(dsg -> store.version());
        CatalogueStore.Version again = store.read(dsg -> store.version());
        assertNotEquals(before, after);
        assertEquals(after, again);
        assertTrue(store.compact().isEmpty());
    }

    @Test
    void an_unreachable_service_is_reported_with_its_url() throws IOException {
        int port = fuseki.getHttpPort();
        fuseki.stop();
        RemoteStoreException e = assertThrows(RemoteStoreException.class, store::graphs);
        assertTrue(e.getMessage().contains("http://localhost:" + port + "/ds"), e.getMessage());
        assertTrue(e.getMessage().contains("cannot be reached"), e.getMessage());
        fuseki = FusekiServer.create().port(0).add("/ds", served).build().start();
    }

    @Test
    void a_query_the_service_refuses_is_reported_with_its_reason() {
        RemoteStoreException e = assertThrows(RemoteStoreException.class,
                () -> titles("SELECT ?x { ?s <http://example.org/refused> ?x }"));
        assertTrue(e.getMessage().contains("answered 400: "), e.getMessage());
        assertTrue(e.getMessage().contains("This service does not answer queries about refusals"), e.getMessage());
    }
}
