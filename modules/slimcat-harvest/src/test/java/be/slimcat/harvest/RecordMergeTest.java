// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.slimcat.harvest.http.FetchPolicy;
import be.slimcat.vocab.SlimcatIris;

/**
 * A run that lost a page merges what it read into the stored graph: two nights of a two-page feed
 * on a real local server, stored in a transactional Jena dataset.
 */
class RecordMergeTest {
    private static final SlimcatIris IRIS = SlimcatIris.defaults();
    private static final Node GRAPH = IRIS.sourceGraph("voorbeeld");

    @TempDir Path staging;
    private LocalServer server;
    private Harvester harvester;
    private final AtomicInteger night = new AtomicInteger(1);
    private final DatasetGraph store = DatasetGraphFactory.createTxnMem();

    @BeforeEach
    void start() throws IOException {
        server = new LocalServer();
        server.on("/catalog", ex -> {
            boolean page2 = "page=2".equals(ex.getRequestURI().getQuery());
            if (night.get() == 2 && page2) {
                LocalServer.send(ex, 500, "text/plain", "database down".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String body = Fixtures.text("feeds/merge/night" + night.get() + "-page" + (page2 ? 2 : 1) + ".ttl");
            LocalServer.send(ex, 200, "text/turtle", body.getBytes(StandardCharsets.UTF_8));
        });
        FetchPolicy policy = FetchPolicy.defaults().withRetries(1, Duration.ofMillis(10), Duration.ofSeconds(1));
        harvester = Harvester.withAllDialects(IRIS, policy, staging);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private PreviousHarvest previous() {
        return Txn.calculateRead(store, () -> PreviousHarvest.read(store.getGraph(GRAPH),
                GraphFactory.createDefaultGraph(), IRIS.thing("bron", "voorbeeld")));
    }

    private HarvestRun harvest() {
        HarvestSource source = HarvestSource.adHoc("voorbeeld", server.uri("/catalog"), "dcat", Set.of("127.0.0.1"));
        return harvester.run(source, previous(), false, HarvestProgress.NONE);
    }

    @Test
    void a_run_with_a_lost_page_updates_what_it_read_and_removes_nothing() {
        try (HarvestRun first = harvest()) {
            assertEquals(HarvestRun.Effect.REPLACE, first.effect(), first.message());
            Txn.executeWrite(store, () -> first.sourceGraph().forEachRemaining(t -> store.add(GRAPH, t.getSubject(), t.getPredicate(), t.getObject())));
        }
        night.set(2);
        PreviousHarvest before = previous();
        assertEquals(2, before.size());
        try (HarvestRun second = harvest()) {
            assertEquals(HarvestStatus.INCOMPLETE, second.status());
            assertEquals(HarvestRun.Effect.MERGE, second.effect());
            assertEquals(new ChangeSummary(1, 1, 1, 0), second.changes(), "C added, A changed, B kept");
            assertTrue(second.message().endsWith("the 2 records read were added or updated, none removed"), second.message());
            long written = Txn.calculateWrite(store, () -> new RecordMerge(IRIS).apply(store.getGraph(GRAPH), second, before));
            assertEquals(2, written);
        }
        Graph stored = Txn.calculateRead(store, () -> withoutCatalogRecords(store.getGraph(GRAPH)));
        Graph expected = RDFParser.fromString(Fixtures.text("feeds/merge/merged.ttl"), Lang.TURTLE).toGraph();
        assertTrue(IsoMatcher.isomorphic(expected, stored), () -> "stored:\n" + stored);
        PreviousHarvest after = previous();
        assertEquals(3, after.size(), "one catalogue record per record");
        assertTrue(Set.of("a", "b", "c").stream().allMatch(id -> after.digest(id) != null), "catalogue records of a, b and c");
    }

    private static Graph withoutCatalogRecords(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(t -> {
            if (!graph.contains(t.getSubject(), RDF.type.asNode(), DCAT.CatalogRecord.asNode())) {
                copy.add(t);
            }
        });
        return copy;
    }

    @Test
    void the_catalogue_record_of_an_unchanged_record_keeps_the_time_it_was_retrieved() {
        Instant firstStart;
        try (HarvestRun first = harvest()) {
            firstStart = first.started();
            Txn.executeWrite(store, () -> first.sourceGraph().forEachRemaining(t -> store.add(GRAPH, t.getSubject(), t.getPredicate(), t.getObject())));
        }
        Node recordOfA = CatalogRecords.iri(IRIS, "voorbeeld", "a");
        Node recordOfB = CatalogRecords.iri(IRIS, "voorbeeld", "b");
        Node aFirst = retrieved(recordOfA);
        Node bFirst = retrieved(recordOfB);
        night.set(2);
        PreviousHarvest before = previous();
        Instant secondStart;
        try (HarvestRun second = harvest()) {
            secondStart = second.started();
            Txn.executeWrite(store, () -> new RecordMerge(IRIS).apply(store.getGraph(GRAPH), second, before));
        }
        assertEquals(bFirst, retrieved(recordOfB), "B was not read again");
        assertNotEquals(aFirst, retrieved(recordOfA), "A was read again and changed");
        assertEquals(dateTime(firstStart), modified(recordOfB), "B's content last changed when the first run saw it");
        assertEquals(dateTime(secondStart), modified(recordOfA), "A's content changed in the second run");
        assertEquals(dateTime(secondStart), modified(CatalogRecords.iri(IRIS, "voorbeeld", "c")), "C is new in the second run");
    }

    private static Node dateTime(Instant instant) {
        return NodeFactory.createLiteralDT(instant.toString(), XSDDatatype.XSDdateTime);
    }

    private Node modified(Node catalogRecord) {
        return Txn.calculateRead(store, () -> {
            var found = store.getGraph(GRAPH).find(catalogRecord, DCTerms.modified.asNode(), Node.ANY).toList();
            assertEquals(1, found.size(), "one dct:modified for " + catalogRecord);
            return found.get(0).getObject();
        });
    }

    private Node retrieved(Node catalogRecord) {
        Node at = NodeFactory.createURI("http://www.w3.org/ns/prov#generatedAtTime");
        return Txn.calculateRead(store, () -> {
            var found = store.getGraph(GRAPH).find(catalogRecord, at, Node.ANY).toList();
            assertEquals(1, found.size(), "one retrieval time for " + catalogRecord);
            return found.get(0).getObject();
        });
    }
}
