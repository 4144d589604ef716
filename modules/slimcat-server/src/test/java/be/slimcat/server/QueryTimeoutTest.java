// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries that run far longer than the timeout, over a 2,000-node cycle in a real TDB2 store: each is answered
 * with 503 "Query timed out" soon after the timeout, no thread keeps running query code afterwards, and the
 * next query is answered. The bounds are generous (the timeout is 1 s, the answer must come within 20 s and
 * the threads must be idle 15 s later); without cancellation each of these queries runs for minutes.
 */
class QueryTimeoutTest {
    private static final int NODES = 2_000;
    private static final String PREFIX = "PREFIX : <http://example.org/>\n";
    private static final long ANSWER_WITHIN_MS = 20_000;

    @TempDir static Path dir;
    private static LiveServer server;

    @BeforeAll
    static void start() {
        server = LiveServer.start(dir, "https://data.slimcat.be/graph/cycle", LiveServer.cycle(NODES),
                b -> b.queryTimeout(Duration.ofSeconds(1)).rateLimit(null));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void settle() throws InterruptedException {
        // the search index is built in the background at start; wait until no query code runs
        assertEquals(List.of(), QueryThreads.awaitIdle(60));
    }

    private static void assertStoppedAndReleased(String sparql) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = server.postQuery(sparql);
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(response.body().contains("Query timed out"), response.body());
        assertTrue(elapsedMs < ANSWER_WITHIN_MS, "answered after " + elapsedMs + " ms");
        assertEquals(List.of(), QueryThreads.awaitIdle(15), "threads still running query code");
        HttpResponse<String> next = server.postQuery("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        assertEquals(200, next.statusCode(), next.body());
        assertEquals(Integer.toString(NODES), LiveServer.value(next, "n"));
    }

    @Test
    void unbounded_property_path_over_a_cycle_is_stopped() throws Exception {
        assertStoppedAndReleased(PREFIX + "SELECT (COUNT(*) AS ?n) { ?s (:p|^:p)* ?o }");
    }

    @Test
    void one_or_more_path_from_every_node_is_stopped() throws Exception {
        assertStoppedAndReleased(PREFIX + "SELECT (COUNT(*) AS ?n) { ?s :p+ ?o . ?o :p+ ?x }");
    }

    @Test
    void huge_order_by_is_stopped() throws Exception {
        assertStoppedAndReleased(PREFIX + "SELECT ?a ?b { ?a :p ?x . ?b :p ?y } ORDER BY DESC(STR(?y)) STR(?x)");
    }

    @Test
    void cross_product_is_stopped() throws Exception {
        assertStoppedAndReleased("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
    }

    @Test
    void timeout_after_the_first_rows_is_a_clean_503_not_a_cut_200() throws Exception {
        // the first row comes at once, the next ones slowly: the timeout fires while rows are coming
        assertStoppedAndReleased(PREFIX + "SELECT ?a ?c { ?a :p ?b . ?c :p ?d . ?e :p ?f FILTER(STR(?b) = STR(?f)) }");
    }

    @Test
    void nested_repetition_in_a_path_is_refused_before_it_runs() throws Exception {
        HttpResponse<String> response = server.postQuery(PREFIX + "SELECT (COUNT(*) AS ?n) { :n0 ((:p|^:p)*/:p)* ?o }");
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("nests repetitions"), response.body());
        assertEquals(List.of(), QueryThreads.busy());
    }

    @Test
    void a_top_level_sequence_of_repetitions_still_runs() throws Exception {
        HttpResponse<String> response = server.postQuery(PREFIX + "ASK { :n0 :p*/:p* :n5 }");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("{ \n  \"head\" : { } ,\n  \"boolean\" : true\n}\n", response.body());
    }
}
