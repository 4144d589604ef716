// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.slimcat.store.StoreUnderTest;

/** load, query and export with --store URL: a real Fuseki on a random port holds the store. */
class RemoteStoreCommandsTest {
    private static final String GRAPH = "https://data.slimcat.be/graph/file-dataset-valid";
    private static final String TITLES = "SELECT ?t { ?d a <http://www.w3.org/ns/dcat#Dataset> ; <http://purl.org/dc/terms/title> ?t } ORDER BY STR(?t)";

    @TempDir Path dir;
    private FusekiServer fuseki;
    private String url;

    @BeforeEach
    void start() {
        DatasetGraph served = DatabaseMgr.connectDatasetGraph(dir.resolve("service").toString());
        served.getContext().set(TDB2.symUnionDefaultGraph, true);
        fuseki = FusekiServer.create().port(0).loopback(true).add("/catalogue", served, true).build().start();
        url = "http://localhost:" + fuseki.getHttpPort() + "/catalogue";
    }

    @AfterEach
    void stop() {
        fuseki.stop();
    }

    private String work() {
        return dir.resolve("work").toString();
    }

    @Test
    void load_query_and_export_run_on_the_remote_store() throws Exception {
        Cli load = Cli.run("load", "--store", url, "--work-dir", work(), Cli.fixture("dataset-valid.ttl"));
        assertEquals(0, load.exitCode, load.toString());
        assertTrue(load.out.startsWith("Stored 21 triples from 1 file(s) into <" + GRAPH + ">: the graph now holds 21 triples"), load.out);

        Cli query = Cli.run("query", "--store", url, "--work-dir", work(), "--results", "csv", TITLES);
        assertEquals(0, query.exitCode, query.toString());
        assertEquals("t\r\nAfvalkalender (CLI-test)\r\nWaste collection calendar (CLI test)\r\n", query.out);

        Path out = dir.resolve("export.nt");
        Cli export = Cli.run("export", "--store", url, "--work-dir", work(), "--graph", GRAPH, "--format", "nt", "-o", out.toString());
        assertEquals(0, export.exitCode, export.toString());
        assertEquals(21, Files.readAllLines(out).size());
        assertTrue(Files.isDirectory(dir.resolve("work").resolve("lucene")), "the text index is kept in --work-dir");
    }

    @Test
    void an_unreachable_remote_store_exits_4_naming_it() {
        fuseki.stop();
        Cli query = Cli.run("query", "--store", url, "--work-dir", work(), "ASK {}");
        assertEquals(ExitCodes.REMOTE_UNAVAILABLE, query.exitCode, query.toString());
        assertTrue(query.err.contains("the remote store at " + url + " cannot be reached"), query.toString());
        fuseki = FusekiServer.create().port(0).add("/catalogue", DatabaseMgr.createDatasetGraph()).build().start();
    }

    @Test
    void options_only_an_embedded_store_has_are_refused_with_a_remote_one() {
        Cli patchLog = Cli.run("serve", "--store", url, "--work-dir", work(), "--patch-log");
        assertEquals(ExitCodes.USAGE, patchLog.exitCode, patchLog.toString());
        assertTrue(patchLog.err.contains("A remote store has no patch log"), patchLog.toString());

        Cli replica = Cli.run("serve", "--store", url, "--work-dir", work(), "--replica-of", "http://127.0.0.1:9/");
        assertEquals(ExitCodes.USAGE, replica.exitCode, replica.toString());
        assertTrue(replica.err.contains("a remote store is kept in step by its service"), replica.toString());

        Cli notUrl = Cli.run("query", "--store", "http://exa mple/", "ASK {}");
        assertEquals(ExitCodes.USAGE, notUrl.exitCode, notUrl.toString());
        assertTrue(notUrl.err.contains("--store http://exa mple/ is not a URL"), notUrl.toString());
    }

    @Test
    void remote_store_options_are_refused_with_a_store_directory() {
        StoreUnderTest.assumeEmbedded("the remote suite turns every --store DIR into a remote store");
        Cli gspWithDirectory = Cli.run("query", "--store", dir.resolve("store").toString(), "--store-gsp", url, "ASK {}");
        assertEquals(ExitCodes.USAGE, gspWithDirectory.exitCode, gspWithDirectory.toString());
        assertTrue(gspWithDirectory.err.contains("--store-gsp and --work-dir go with a remote store"), gspWithDirectory.toString());
    }
}
