// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.slimcat.server.CatalogueServer;
import be.slimcat.store.CatalogueStore;
import be.slimcat.store.patch.PatchChainException;
import be.slimcat.store.patch.PatchEntry;
import be.slimcat.store.patch.ReplicaUpdater;

/** A primary serving its patch log and a replica reading it, both real servers over real TDB2 stores. */
class ReplicationOverHttpTest {
    private static final Node GRAPH = NodeFactory.createURI("https://data.slimcat.be/graph/source/test");

    @TempDir Path primaryDir;
    @TempDir Path replicaDir;
    private CatalogueStore primary;
    private CatalogueServer primaryServer;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void startPrimary() {
        primary = CatalogueStore.open(primaryDir, true);
        primaryServer = CatalogueServer.builder(primary).port(0).loopbackOnly(true).build().start();
    }

    @AfterEach
    void stopPrimary() {
        primaryServer.stop();
        primary.close();
    }

    private URI primaryAddress() {
        return URI.create("http://127.0.0.1:" + primaryServer.port() + "/");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(primaryAddress().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void harvest(String ttl) {
        primary.replaceGraph(GRAPH, RDFParser.fromString("@prefix dct: <http://purl.org/dc/terms/> . " + ttl, Lang.TURTLE).toGraph());
    }

    private static Set<Quad> quads(CatalogueStore store) {
        return store.read(dsg -> {
            Set<Quad> all = new HashSet<>();
            dsg.find().forEachRemaining(all::add);
            return all;
        });
    }

    @Test
    void the_primary_serves_its_log_read_only() throws Exception {
        HttpResponse<String> empty = get("/patches");
        assertEquals(200, empty.statusCode());
        assertEquals("{ \"latest\" : 0 }", empty.body().replaceAll("\\s+", " ").strip());
        harvest("<http://example.org/a> dct:title 'A' .");
        String id = primary.patchLog().orElseThrow().latest().orElseThrow().id();
        assertEquals("{ \"latest\" : 1 , \"id\" : \"" + id + "\" }", get("/patches").body().replaceAll("\\s+", " ").strip());
        HttpResponse<String> patch = get("/patches/1");
        assertEquals(200, patch.statusCode());
        assertEquals("application/rdf-patch;charset=utf-8", patch.headers().firstValue("Content-Type").orElseThrow().replace(" ", "").toLowerCase());
        assertEquals("H id <" + id + "> .\nTX .\nA <http://example.org/a> <http://purl.org/dc/terms/title> \"A\" <"
                + GRAPH.getURI() + "> .\nTC .\n", patch.body());
        assertEquals(404, get("/patches/2").statusCode());
        assertEquals(404, get("/patches/0").statusCode());
        assertEquals(404, get("/patches/x").statusCode());
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(primaryAddress().resolve("/patches/2"))
                .PUT(HttpRequest.BodyPublishers.ofString("TX .\nTC .\n")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, put.statusCode());
    }

    @Test
    void a_replica_catches_up_resumes_after_a_restart_and_stops_at_a_broken_log() throws Exception {
        harvest("<http://example.org/a> dct:title 'A' ; dct:publisher [ dct:title 'Stad Gent' ] .");
        harvest("<http://example.org/b> dct:title 'B' ; dct:publisher [ dct:title 'Stad Gent' ] .");
        try (CatalogueStore replica = CatalogueStore.open(replicaDir)) {
            Replicator replicator = new Replicator(primaryAddress(), ReplicaUpdater.open(replicaDir, replica.dataset()));
            assertEquals(new Replicator.CatchUp(2, 2), replicator.catchUp());
            assertEquals(quads(primary), quads(replica));
            assertEquals(new Replicator.CatchUp(0, 2), replicator.catchUp());
        }
        harvest("<http://example.org/c> dct:title 'C' .");
        harvest("<http://example.org/d> dct:title 'D' .");
        try (CatalogueStore replica = CatalogueStore.open(replicaDir)) {
            Replicator replicator = new Replicator(primaryAddress(), ReplicaUpdater.open(replicaDir, replica.dataset()));
            assertEquals(Optional.of(2L), replicator.updater().applied().map(PatchEntry::sequence));
            assertEquals(new Replicator.CatchUp(2, 4), replicator.catchUp());
            assertEquals(quads(primary), quads(replica));
            assertEquals(1, quads(replica).size());

            harvest("<http://example.org/e> dct:title 'E' .");
            harvest("<http://example.org/f> dct:title 'F' .");
            Path log = primaryDir.resolve("patches");
            Files.writeString(log.resolve("000000000005.rdfp"), Files.readString(log.resolve("000000000005.rdfp")).replace("TC .", ""));
            Set<Quad> before = quads(replica);
            PatchChainException damaged = assertThrows(PatchChainException.class, replicator::catchUp);
            assertTrue(damaged.getMessage().startsWith("Patch 5 from " + primaryAddress() + "patches/5 is damaged ("), damaged.getMessage());
            assertEquals(before, quads(replica));

            Files.delete(log.resolve("000000000005.rdfp"));
            PatchChainException gap = assertThrows(PatchChainException.class, replicator::catchUp);
            assertEquals("Patch 5 is missing from " + primaryAddress() + "patches/5 although the primary's latest is 6: its"
                    + " patch log has a gap; restore the patch there, or rebuild the replica from an empty store directory"
                    + " after starting a new log", gap.getMessage());
            assertEquals(before, quads(replica));
        }
    }

    @Test
    void a_polling_replica_sees_a_new_harvest_and_a_replica_of_a_server_without_log_fails_clearly() throws Exception {
        try (CatalogueStore replica = CatalogueStore.open(replicaDir);
                Replicator replicator = new Replicator(primaryAddress(), ReplicaUpdater.open(replicaDir, replica.dataset()))
                        .pollEvery(Duration.ofMillis(50))) {
            harvest("<http://example.org/a> dct:title 'A' .");
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!quads(replica).equals(quads(primary)) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(quads(primary), quads(replica));
            assertEquals(Optional.empty(), replicator.failure());
        }
        Path plainDir = replicaDir.resolveSibling(replicaDir.getFileName() + "-plain");
        try (CatalogueStore plain = CatalogueStore.open(plainDir);
                CatalogueStore replica = CatalogueStore.open(replicaDir.resolveSibling(replicaDir.getFileName() + "-other"))) {
            CatalogueServer plainServer = CatalogueServer.builder(plain).port(0).loopbackOnly(true).build().start();
            try {
                URI address = URI.create("http://127.0.0.1:" + plainServer.port());
                Replicator replicator = new Replicator(address, ReplicaUpdater.open(replica.directory(), replica.dataset()));
                PatchChainException e = assertThrows(PatchChainException.class, replicator::catchUp);
                assertEquals(address + "/patches answers 404: the primary has no patch log (start it with slimcat serve"
                        + " --patch-log)", e.getMessage());
            } finally {
                plainServer.stop();
            }
        }
    }
}
