// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.patch;

import static be.slimcat.store.patch.PatchFixtures.G1;
import static be.slimcat.store.patch.PatchFixtures.G2;
import static be.slimcat.store.patch.PatchFixtures.catchUp;
import static be.slimcat.store.patch.PatchFixtures.quads;
import static be.slimcat.store.patch.PatchFixtures.title;
import static be.slimcat.store.patch.PatchFixtures.turtle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.slimcat.store.CatalogueStore;

class ReplicaUpdaterTest {
    private static final String SEARCH = "PREFIX text: <http://jena.apache.org/text#> SELECT ?x { ?x text:query ('%s') } ORDER BY ?x";

    @TempDir Path primaryDir;
    @TempDir Path replicaDir;

    private static List<String> search(CatalogueStore store, String words) {
        return store.read(dsg -> {
            List<String> found = new ArrayList<>();
            QueryExec.dataset(dsg).query(SEARCH.formatted(words)).select().forEachRemaining(b -> found.add(b.get("x").getURI()));
            return found;
        });
    }

    private static ReplicaUpdater updater(CatalogueStore replica) {
        return ReplicaUpdater.open(replica.directory(), replica.dataset());
    }

    private String patchText(long sequence) throws Exception {
        return Files.readString(primaryDir.resolve(PatchLog.DIRECTORY).resolve(PatchFiles.name(sequence)));
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_replica_ends_with_the_same_quads_and_text_index_and_resumes_after_a_restart() {
        try (CatalogueStore primary = CatalogueStore.open(primaryDir, true)) {
            primary.replaceGraph(G1, turtle("<http://example.org/park> dct:title 'Parkeerbezetting Gent'@nl ."
                    + " <http://example.org/air> dct:title 'Luchtkwaliteit'@nl ; dct:publisher [ dct:title 'Stad Gent' ] ."));
            primary.addToGraph(G2, turtle("<http://example.org/bike> dct:title 'Fietstellingen'@nl ."));
            try (CatalogueStore replica = CatalogueStore.open(replicaDir)) {
                ReplicaUpdater updater = updater(replica);
                catchUp(primary, updater);
                assertEquals(Optional.of(2L), updater.applied().map(PatchEntry::sequence));
                assertEquals(quads(primary), quads(replica));
                assertEquals(List.of("http://example.org/park"), search(replica, "parkeer*"));
            }
            primary.replaceGraph(G1, turtle("<http://example.org/air> dct:title 'Luchtkwaliteit'@nl ; dct:publisher [ dct:title 'Stad Gent' ] ."
                    + " <http://example.org/waste> dct:title 'Afvalophaling'@nl ."));
            try (CatalogueStore replica = CatalogueStore.open(replicaDir)) {
                ReplicaUpdater updater = updater(replica);
                assertEquals(3, updater.next());
                catchUp(primary, updater);
                assertEquals(quads(primary), quads(replica));
                assertEquals(5, quads(replica).size());
                assertEquals(List.of(), search(replica, "parkeer*"));
                assertEquals(List.of("http://example.org/waste"), search(replica, "afval*"));
                assertTrue(replica.patchLog().isEmpty());
            }
        }
    }

    @Test
    void applying_the_last_patch_again_after_a_crash_before_its_state_was_recorded_changes_nothing() throws Exception {
        try (CatalogueStore primary = CatalogueStore.open(primaryDir, true);
                CatalogueStore replica = CatalogueStore.open(replicaDir)) {
            primary.replaceGraph(G1, turtle("<http://example.org/a> dct:title 'A' . <http://example.org/b> dct:title 'B' ."));
            primary.replaceGraph(G1, turtle("<http://example.org/b> dct:title 'B' . <http://example.org/c> dct:title 'C' ."));
            ReplicaUpdater updater = updater(replica);
            catchUp(primary, updater);
            String stateAfterFirst = "sequence=1\nid=" + PatchFixtures.patch(primary, 1).id() + "\n";
            Files.writeString(replicaDir.resolve(ReplicaState.FILE), stateAfterFirst);
            ReplicaUpdater restarted = updater(replica);
            restarted.apply(2, bytes(patchText(2)), "the test primary");
            assertEquals(Set.of(title(G1, "b", "B"), title(G1, "c", "C")), quads(replica));
            assertEquals(List.of("http://example.org/c"), search(replica, "C"));
        }
    }

    @Test
    void a_damaged_patch_a_gap_or_a_broken_chain_is_refused_and_leaves_the_replica_unchanged() throws Exception {
        try (CatalogueStore primary = CatalogueStore.open(primaryDir, true);
                CatalogueStore replica = CatalogueStore.open(replicaDir)) {
            primary.replaceGraph(G1, turtle("<http://example.org/a> dct:title 'A' ."));
            primary.replaceGraph(G1, turtle("<http://example.org/b> dct:title 'B' ."));
            primary.replaceGraph(G1, turtle("<http://example.org/c> dct:title 'C' ."));
            ReplicaUpdater updater = updater(replica);
            updater.apply(1, bytes(patchText(1)), "the test primary");
            Set<Quad> before = quads(replica);

            PatchChainException gap = assertThrows(PatchChainException.class,
                    () -> updater.apply(3, bytes(patchText(3)), "http://primary/patches/3"));
            assertEquals("Patch 3 from http://primary/patches/3 is not the next one: the replica needs patch 2 first", gap.getMessage());

            String second = patchText(2);
            PatchChainException damaged = assertThrows(PatchChainException.class,
                    () -> updater.apply(2, bytes(second.substring(0, second.indexOf("TC"))), "http://primary/patches/2"));
            assertTrue(damaged.getMessage().startsWith("Patch 2 from http://primary/patches/2 is damaged ("), damaged.getMessage());
            assertTrue(damaged.getMessage().endsWith("); the replica stays at patch 1: check the primary's patch log"), damaged.getMessage());

            String third = patchText(3);
            String thirdAsSecond = third;
            PatchChainException broken = assertThrows(PatchChainException.class,
                    () -> updater.apply(2, bytes(thirdAsSecond), "http://primary/patches/2"));
            assertEquals("Patch 2 from http://primary/patches/2 does not follow the last patch applied: it names previous "
                    + PatchFixtures.patch(primary, 2).id() + ", the replica applied " + PatchFixtures.patch(primary, 1).id()
                    + ". The primary's log was restarted or belongs to another store: rebuild the replica from an empty store"
                    + " directory", broken.getMessage());

            assertEquals(before, quads(replica));
            assertEquals(Set.of(title(G1, "a", "A")), before);
            assertEquals(2, updater.next());
            assertEquals(2, updater(replica).next());
            updater.apply(2, bytes(second), "the test primary");
            updater.apply(3, bytes(third), "the test primary");
            assertEquals(quads(primary), quads(replica));
        }
    }

    @Test
    void a_store_with_data_that_never_applied_a_patch_cannot_become_a_replica() {
        try (CatalogueStore replica = CatalogueStore.open(replicaDir)) {
            replica.replaceGraph(G1, turtle("<http://example.org/a> dct:title 'A' ."));
            PatchChainException e = assertThrows(PatchChainException.class, () -> updater(replica));
            assertEquals("The store " + replicaDir + " holds data but is not a replica (no replica.state): a replica starts"
                    + " from an empty store directory", e.getMessage());
        }
    }
}
