// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression test: TDB2 never finished a compaction while read transactions ran back to back (a
 * transaction that spans the switch to the compacted copy is never released on the old one), so a
 * harvest in the server hung in its compaction as long as queries kept coming.
 */
class CompactionDuringReadsTest {
    @TempDir Path dir;

    @Test
    void a_compaction_finishes_while_readers_query_without_pause_and_the_readers_see_all_data() throws Exception {
        Node g = NodeFactory.createURI("https://data.slimcat.be/graph/test");
        Graph data = GraphFactory.createDefaultGraph();
        for (int i = 0; i < 20_000; i++) {
            data.add(NodeFactory.createURI("https://data.voorbeeld.be/s" + i), NodeFactory.createURI("https://data.voorbeeld.be/p"),
                    NodeFactory.createLiteralString("v" + i));
        }
        try (CatalogueStore store = CatalogueStore.open(dir.resolve("store"))) {
            store.replaceGraph(g, data);
            store.replaceGraph(g, data); // a replaced graph leaves garbage for the compaction to drop
            AtomicBoolean reading = new AtomicBoolean(true);
            AtomicLong reads = new AtomicLong();
            AtomicReference<String> wrong = new AtomicReference<>();
            List<Thread> readers = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                Thread reader = new Thread(() -> {
                    while (reading.get()) {
                        long n = store.read(dsg -> count(dsg.find(g, Node.ANY, Node.ANY, Node.ANY)));
                        if (n != 20_000) {
                            wrong.set(n + " triples read");
                        }
                        reads.incrementAndGet();
                    }
                });
                reader.start();
                readers.add(reader);
            }
            while (reads.get() < 10) {
                Thread.sleep(10);
            }
            CatalogueStore.Compaction c = assertTimeoutPreemptively(Duration.ofMinutes(3), () -> store.compact().orElseThrow(),
                    "the compaction hung while readers ran");
            long readsAfterCompaction = reads.get();
            while (reads.get() < readsAfterCompaction + 10) {
                Thread.sleep(10);
            }
            reading.set(false);
            for (Thread reader : readers) {
                reader.join();
            }
            assertEquals(null, wrong.get());
            assertTrue(c.bytesBefore() > 0, c.toString());
            // the compacted copy is in use and the old one is gone: the compaction ran to its end
            assertTrue(java.nio.file.Files.isDirectory(dir.resolve("store/tdb2/Data-0002")));
            assertTrue(!java.nio.file.Files.exists(dir.resolve("store/tdb2/Data-0001")));
            assertEquals(20_000L, (long) store.read(dsg -> count(dsg.find(g, Node.ANY, Node.ANY, Node.ANY))));
        }
    }

    private static long count(java.util.Iterator<Quad> quads) {
        long n = 0;
        for (; quads.hasNext(); quads.next()) {
            n++;
        }
        return n;
    }
}
