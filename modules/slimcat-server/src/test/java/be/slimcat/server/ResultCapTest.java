// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The row cap over HTTP on a 300-node cycle (300 triples): SELECT, CONSTRUCT and DESCRIBE are cut and say so. */
class ResultCapTest {
    private static final String PREFIX = "PREFIX : <http://example.org/>\n";
    private static final String HEADER = ResultCap.TRUNCATED_HEADER;

    @TempDir static Path dir;
    private static LiveServer server;

    @BeforeAll
    static void start() {
        server = LiveServer.start(dir, "https://data.slimcat.be/graph/cycle", LiveServer.cycle(300),
                b -> b.resultLimit(25).rateLimit(null));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Optional<String> truncated(HttpResponse<String> response) {
        return response.headers().firstValue(HEADER);
    }

    private static long triples(HttpResponse<String> response) {
        Graph g = RDFParser.fromString(response.body(), Lang.TURTLE).toGraph();
        return g.size();
    }

    @Test
    void select_is_cut_at_the_cap_with_a_header() throws Exception {
        HttpResponse<String> response = server.query("SELECT * { ?s ?p ?o }");
        assertEquals(200, response.statusCode());
        assertEquals(25, LiveServer.rows(response));
        assertEquals(Optional.of("25"), truncated(response));
        HttpResponse<String> larger = server.query("SELECT * { ?s ?p ?o } LIMIT 100");
        assertEquals(25, LiveServer.rows(larger));
        assertEquals(Optional.of("25"), truncated(larger));
    }

    @Test
    void answers_within_the_cap_have_no_header() throws Exception {
        HttpResponse<String> limited = server.query("SELECT * { ?s ?p ?o } LIMIT 10");
        assertEquals(10, LiveServer.rows(limited));
        assertEquals(Optional.empty(), truncated(limited));
        HttpResponse<String> exact = server.query(PREFIX + "SELECT * { ?s :p ?o } OFFSET 275");
        assertEquals(25, LiveServer.rows(exact));
        assertEquals(Optional.empty(), truncated(exact));
    }

    @Test
    void construct_is_cut_at_the_cap_in_triples() throws Exception {
        // two triples per row: the 25-triple cap is reached after 13 rows
        HttpResponse<String> response = server.query(PREFIX + "CONSTRUCT { ?s :q ?o . ?o :r ?s } { ?s :p ?o }");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(25, triples(response));
        assertEquals(Optional.of("25"), truncated(response));
        HttpResponse<String> small = server.query(PREFIX + "CONSTRUCT { ?s :q ?o } { ?s :p ?o } LIMIT 5");
        assertEquals(5, triples(small));
        assertEquals(Optional.empty(), truncated(small));
    }

    @Test
    void describe_is_cut_at_the_cap_in_triples() throws Exception {
        HttpResponse<String> response = server.query(PREFIX + "DESCRIBE ?s { ?s :p ?o }");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(25, triples(response));
        assertEquals(Optional.of("25"), truncated(response));
        HttpResponse<String> one = server.query(PREFIX + "DESCRIBE :n7");
        assertEquals(1, triples(one));
        assertEquals(Optional.empty(), truncated(one));
    }
}
