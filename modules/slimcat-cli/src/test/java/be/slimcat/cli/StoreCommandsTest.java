// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.slimcat.store.StoreUnderTest;

/** load, query, export and serve against real TDB2 stores in temporary directories. */
class StoreCommandsTest {
    private static final String GRAPH = "https://data.slimcat.be/graph/file-dataset-valid";
    private static final String TITLES = "SELECT ?t { ?d a <http://www.w3.org/ns/dcat#Dataset> ; <http://purl.org/dc/terms/title> ?t } ORDER BY STR(?t)";

    @TempDir Path dir;

    private String store() {
        return dir.resolve("store").toString();
    }

    @Test
    void load_stores_a_valid_file_then_query_and_export_see_it() throws IOException {
        Cli load = Cli.run("load", "--store", store(), Cli.fixture("dataset-valid.ttl"));
        assertEquals(0, load.exitCode, load.toString());
        assertTrue(load.out.startsWith("Stored 21 triples from 1 file(s) into <" + GRAPH + ">: the graph now holds 21 triples"), load.out);

        Cli query = Cli.run("query", "--store", store(), "--results", "csv", TITLES);
        assertEquals(0, query.exitCode, query.toString());
        assertEquals("t\r\nAfvalkalender (CLI-test)\r\nWaste collection calendar (CLI test)\r\n", query.out);

        Path out = dir.resolve("export.nt");
        Cli export = Cli.run("export", "--store", store(), "--graph", GRAPH, "--format", "nt", "-o", out.toString());
        assertEquals(0, export.exitCode, export.toString());
        assertEquals(21, Files.readAllLines(out).size());
    }

    @Test
    void reloading_replaces_the_graph_and_add_adds() {
        Cli.run("load", "--store", store(), Cli.fixture("dataset-valid.ttl"));
        Cli again = Cli.run("load", "--store", store(), "--graph", GRAPH, Cli.fixture("dataset-valid.ttl"));
        assertTrue(again.out.contains("the graph now holds 21 triples"), again.out);
        Cli added = Cli.run("load", "--store", store(), "--graph", GRAPH, "--add", "--allow-violations", Cli.fixture("dataset-invalid.ttl"));
        assertEquals(0, added.exitCode, added.toString());
        assertTrue(added.out.contains("Added 8 triples") && added.out.contains("the graph now holds 29 triples"), added.out);
    }

    @Test
    void a_file_with_violations_is_refused_and_nothing_is_stored() {
        Cli.run("load", "--store", store(), "--graph", GRAPH, Cli.fixture("dataset-valid.ttl"));
        Cli refused = Cli.run("load", "--store", store(), "--graph", GRAPH, Cli.fixture("dataset-invalid.ttl"));
        assertEquals(3, refused.exitCode, refused.toString());
        assertTrue(refused.out.contains("Nothing stored"), refused.out);

        Cli query = Cli.run("query", "--store", store(), "--results", "csv", TITLES);
        assertEquals("t\r\nAfvalkalender (CLI-test)\r\nWaste collection calendar (CLI test)\r\n", query.out);
    }

    @Test
    void a_broken_file_is_refused_with_its_position() {
        Cli refused = Cli.run("load", "--store", store(), Cli.fixture("broken.ttl"));
        assertEquals(3, refused.exitCode);
        assertTrue(refused.err.contains("broken.ttl:3:39: syntax error"), refused.err);
    }

    @Test
    void bad_sparql_and_bad_export_options_exit_2() {
        Cli query = Cli.run("query", "--store", store(), "SELEKT * { ?s ?p ?o }");
        assertEquals(2, query.exitCode, query.toString());
        assertTrue(query.err.startsWith("slimcat: Lexical error at line 1, column 7"), query.err);

        Cli export = Cli.run("export", "--store", store(), "--format", "ttl");
        assertEquals(2, export.exitCode);
        assertTrue(export.err.contains("needs a quads format"), export.err);

        Cli unknownGraph = Cli.run("export", "--store", store(), "--graph", "https://example.org/none");
        assertEquals(2, unknownGraph.exitCode);
        assertTrue(unknownGraph.err.contains("has no graph <https://example.org/none>"), unknownGraph.err);
    }

    @Test
    void an_unusable_store_exits_2() throws IOException {
        StoreUnderTest.assumeEmbedded("a store directory that is a file (with a remote store it is the --work-dir, refused with its own message)");
        Path file = Files.writeString(dir.resolve("a-file"), "not a directory");
        Cli cli = Cli.run("query", "--store", file.toString(), "ASK {}");
        assertEquals(2, cli.exitCode, cli.toString());
        assertTrue(cli.err.startsWith("slimcat: Cannot open the store at " + file), cli.err);
    }

    @Test
    void a_bad_base_iri_exits_2() {
        Cli cli = Cli.run("query", "--store", store(), "--base", "not an iri", "ASK {}");
        assertEquals(2, cli.exitCode);
        assertTrue(cli.err.contains("Not a usable base IRI"), cli.err);
    }

    @Test
    void serve_on_a_port_in_use_exits_2_and_keeps_the_store() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            Cli serve = Cli.run("serve", "--store", store(), "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(2, serve.exitCode, serve.toString());
            assertTrue(serve.err.contains("Port " + taken.getLocalPort() + " is in use"), serve.err);
            assertTrue(serve.out.contains("Loaded"), serve.out);
        }
        Cli query = Cli.run("query", "--store", store(), "--results", "csv",
                "SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g");
        assertEquals("g\r\n" + String.join("\r\n", "https://data.slimcat.be/graph/examples",
                "https://data.slimcat.be/graph/inventory", "https://data.slimcat.be/graph/quality",
                "https://data.slimcat.be/graph/quality/examples", "https://data.slimcat.be/graph/quality/inventory",
                "https://data.slimcat.be/graph/sources", "https://data.slimcat.be/graph/vocabulary") + "\r\n", query.out,
                "the samples, their quality graphs and the trend graph");
    }

    @Test
    void serve_with_a_negative_query_cache_exits_2_before_touching_the_store() {
        Cli serve = Cli.run("serve", "--store", store(), "--port", "0", "--query-cache", "-1");
        assertEquals(2, serve.exitCode, serve.toString());
        assertTrue(serve.err.contains("--query-cache must be between 0 and 1048576 MiB, not -1"), serve.err);
        assertEquals("", serve.out);
    }
}
