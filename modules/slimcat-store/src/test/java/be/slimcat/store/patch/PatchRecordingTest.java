// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.patch;

import static be.slimcat.store.patch.PatchFixtures.G1;
import static be.slimcat.store.patch.PatchFixtures.G2;
import static be.slimcat.store.patch.PatchFixtures.latest;
import static be.slimcat.store.patch.PatchFixtures.patch;
import static be.slimcat.store.patch.PatchFixtures.title;
import static be.slimcat.store.patch.PatchFixtures.turtle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.slimcat.store.CatalogueStore;
import be.slimcat.store.StoreUnavailableException;

class PatchRecordingTest {
    @TempDir Path dir;

    @Test
    void a_store_without_a_patch_log_records_nothing() {
        try (CatalogueStore store = CatalogueStore.open(dir)) {
            store.replaceGraph(G1, turtle("<http://example.org/a> dct:title 'A' ."));
            assertTrue(store.patchLog().isEmpty());
        }
        assertFalse(Files.exists(dir.resolve(PatchLog.DIRECTORY)));
    }

    @Test
    void each_committed_write_is_one_patch_of_its_net_changes_chained_to_the_one_before() {
        try (CatalogueStore store = CatalogueStore.open(dir, true)) {
            assertEquals(0, latest(store));
            store.replaceGraph(G1, turtle("<http://example.org/a> dct:title 'A' . <http://example.org/b> dct:title 'B' ."));
            store.replaceGraph(G1, turtle("<http://example.org/b> dct:title 'B' . <http://example.org/c> dct:title 'C' ."));
            store.addToGraph(G2, turtle("<http://example.org/d> dct:title 'D' ."));
            store.write(dsg -> {
                dsg.deleteAny(G2, Node.ANY, Node.ANY, Node.ANY);
                return null;
            });
            assertEquals(4, latest(store));

            ReadPatch first = patch(store, 1);
            assertNull(first.previous());
            assertEquals(List.of(), first.changes().deleted());
            assertEquals(Set.of(title(G1, "a", "A"), title(G1, "b", "B")), Set.copyOf(first.changes().added()));

            ReadPatch second = patch(store, 2);
            assertEquals(first.id(), second.previous());
            assertEquals(List.of(title(G1, "a", "A")), second.changes().deleted());
            assertEquals(List.of(title(G1, "c", "C")), second.changes().added());

            ReadPatch third = patch(store, 3);
            assertEquals(second.id(), third.previous());
            assertEquals(List.of(title(G2, "d", "D")), third.changes().added());

            ReadPatch fourth = patch(store, 4);
            assertEquals(third.id(), fourth.previous());
            assertEquals(List.of(title(G2, "d", "D")), fourth.changes().deleted());
            assertEquals(List.of(), fourth.changes().added());
        }
    }

    @Test
    void writes_through_graphs_and_sparql_update_are_recorded_too() {
        try (CatalogueStore store = CatalogueStore.open(dir, true)) {
            store.write(dsg -> {
                dsg.getGraph(G1).add(title(G1, "a", "A").asTriple());
                dsg.getGraph(G1).add(title(G1, "b", "B").asTriple());
                return null;
            });
            store.write(dsg -> {
                UpdateAction.parseExecute("PREFIX dct: <http://purl.org/dc/terms/> DELETE WHERE { GRAPH <" + G1.getURI()
                        + "> { <http://example.org/a> ?p ?o } }; INSERT DATA { GRAPH <" + G2.getURI()
                        + "> { <http://example.org/e> dct:title 'E' } }", dsg);
                dsg.getGraph(G1).clear();
                return null;
            });
            assertEquals(2, latest(store));
            assertEquals(Set.of(title(G1, "a", "A"), title(G1, "b", "B")), Set.copyOf(patch(store, 1).changes().added()));
            assertEquals(Set.of(title(G1, "a", "A"), title(G1, "b", "B")), Set.copyOf(patch(store, 2).changes().deleted()));
            assertEquals(List.of(title(G2, "e", "E")), patch(store, 2).changes().added());
        }
    }

    @Test
    void an_aborted_write_and_a_write_that_changes_nothing_leave_no_patch() throws Exception {
        try (CatalogueStore store = CatalogueStore.open(dir, true)) {
            store.replaceGraph(G1, turtle("<http://example.org/a> dct:title 'A' ."));
            assertThrows(IllegalStateException.class, () -> store.write(dsg -> {
                dsg.add(title(G1, "b", "B"));
                throw new IllegalStateException("harvest failed");
            }));
            store.replaceGraph(G1, turtle("<http://example.org/a> dct:title 'A' ."));
            store.write(dsg -> {
                dsg.add(title(G1, "x", "X"));
                dsg.delete(title(G1, "x", "X"));
                return null;
            });
            assertEquals(1, latest(store));
            try (var files = Files.list(dir.resolve(PatchLog.DIRECTORY))) {
                assertEquals(List.of("000000000001.rdfp"), files.map(f -> f.getFileName().toString()).sorted().toList());
            }
        }
    }

    @Test
    void starting_a_log_on_a_store_with_data_makes_its_first_patch_hold_that_data_and_reopening_keeps_recording() {
        try (CatalogueStore store = CatalogueStore.open(dir)) {
            store.replaceGraph(G1, turtle("<http://example.org/a> dct:title 'A' ."));
        }
        try (CatalogueStore store = CatalogueStore.open(dir, true)) {
            assertEquals(1, latest(store));
            assertEquals(List.of(title(G1, "a", "A")), patch(store, 1).changes().added());
        }
        try (CatalogueStore store = CatalogueStore.open(dir)) {
            store.addToGraph(G2, turtle("<http://example.org/b> dct:title 'B' ."));
            assertEquals(2, latest(store));
            assertEquals(patch(store, 1).id(), patch(store, 2).previous());
        }
    }

    @Test
    void concurrent_writers_get_consecutive_patches_in_commit_order() throws InterruptedException {
        try (CatalogueStore store = CatalogueStore.open(dir, true)) {
            List<Thread> writers = new java.util.ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                Thread thread = new Thread(() -> {
                    for (int i = 0; i < 25; i++) {
                        store.addToGraph(G1, turtle("<http://example.org/w" + writer + "i" + i + "> dct:title 'T' ."));
                    }
                });
                thread.start();
                writers.add(thread);
            }
            for (Thread t : writers) {
                t.join();
            }
            assertEquals(100, latest(store));
            for (long n = 2; n <= 100; n++) {
                assertEquals(patch(store, n - 1).id(), patch(store, n).previous());
                assertEquals(1, patch(store, n).changes().added().size());
            }
        }
    }

    @Test
    void a_patch_left_temporary_by_a_crash_after_commit_is_published_when_the_store_opens() throws Exception {
        try (CatalogueStore store = CatalogueStore.open(dir, true)) {
            store.replaceGraph(G1, turtle("<http://example.org/a> dct:title 'A' ."));
            store.replaceGraph(G1, turtle("<http://example.org/b> dct:title 'B' ."));
        }
        Path logDir = dir.resolve(PatchLog.DIRECTORY);
        Files.move(logDir.resolve("000000000002.rdfp"), logDir.resolve("000000000002.rdfp.tmp"));
        try (CatalogueStore store = CatalogueStore.open(dir)) {
            assertEquals(2, latest(store));
            assertEquals(List.of(title(G1, "b", "B")), patch(store, 2).changes().added());
        }
    }

    @Test
    void a_patch_left_temporary_by_a_crash_before_commit_or_half_written_is_dropped() throws Exception {
        try (CatalogueStore store = CatalogueStore.open(dir, true)) {
            store.replaceGraph(G1, turtle("<http://example.org/a> dct:title 'A' ."));
            store.replaceGraph(G1, turtle("<http://example.org/b> dct:title 'B' ."));
        }
        Path logDir = dir.resolve(PatchLog.DIRECTORY);
        Path aside = dir.resolveSibling(dir.getFileName() + "-log-aside");
        Files.move(logDir, aside);
        try (CatalogueStore store = CatalogueStore.open(dir)) {
            store.replaceGraph(G1, turtle("<http://example.org/a> dct:title 'A' ."));
        }
        Files.move(aside, logDir);
        Files.move(logDir.resolve("000000000002.rdfp"), logDir.resolve("000000000002.rdfp.tmp"));
        try (CatalogueStore store = CatalogueStore.open(dir)) {
            assertEquals(1, latest(store));
            assertFalse(Files.exists(logDir.resolve("000000000002.rdfp.tmp")));
            store.addToGraph(G2, turtle("<http://example.org/c> dct:title 'C' ."));
            assertEquals(patch(store, 1).id(), patch(store, 2).previous());
        }
        String half = Files.readString(logDir.resolve("000000000002.rdfp"));
        Files.delete(logDir.resolve("000000000002.rdfp"));
        Files.writeString(logDir.resolve("000000000002.rdfp.tmp"), half.substring(0, half.indexOf("TC")));
        try (CatalogueStore store = CatalogueStore.open(dir)) {
            assertEquals(1, latest(store));
        }
    }

    @Test
    void a_log_with_a_missing_patch_refuses_to_open_and_says_so() throws Exception {
        try (CatalogueStore store = CatalogueStore.open(dir, true)) {
            store.replaceGraph(G1, turtle("<http://example.org/a> dct:title 'A' ."));
            store.replaceGraph(G1, turtle("<http://example.org/b> dct:title 'B' ."));
        }
        Files.delete(dir.resolve(PatchLog.DIRECTORY).resolve("000000000001.rdfp"));
        StoreUnavailableException e = assertThrows(StoreUnavailableException.class, () -> CatalogueStore.open(dir));
        assertTrue(e.getMessage().contains("has 1 patches numbered up to 2: some are missing"), e.getMessage());
        Files.writeString(dir.resolve(PatchLog.DIRECTORY).resolve("000000000001.rdfp"), "H id <uuid:x> .\nTX .\nTC .\n");
        try (CatalogueStore store = CatalogueStore.open(dir)) {
            assertEquals(2, latest(store));
            assertEquals(Set.of(Quad.create(G1, title(G1, "b", "B").asTriple())), PatchFixtures.quads(store));
        }
    }
}
