// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.slimcat.harvest.http.FetchPolicy;
import be.slimcat.vocab.PROV;
import be.slimcat.vocab.SlimcatIris;

/**
 * Complete runs applied in place: nights of a two-page DCAT feed on a real local server, stored in a
 * transactional Jena dataset, each night compared with deleting the graph and adding the run's triples.
 */
class RecordReplaceTest {
    private static final SlimcatIris IRIS = SlimcatIris.defaults();
    private static final Node GRAPH = IRIS.sourceGraph("voorbeeld");
    private static final Node LOG = IRIS.graph("harvest-log");
    private static final Node MODIFIED = DCTerms.modified.asNode();
    private static final Node GENERATED_AT = PROV.generatedAtTime.asNode();

    @TempDir Path staging;
    private LocalServer server;
    private Harvester harvester;
    /** The feed pages served: {@code feeds/replace/{prefix}-page1.ttl} and {@code …-page2.ttl}, or one page {@code {prefix}.ttl}. */
    private final AtomicReference<String> feed = new AtomicReference<>("night1");
    private final AtomicBoolean onePage = new AtomicBoolean();
    private final AtomicBoolean page2Down = new AtomicBoolean();
    private final DatasetGraph store = DatasetGraphFactory.createTxnMem();

    @BeforeEach
    void start() throws IOException {
        server = new LocalServer();
        server.on("/catalog", ex -> {
            boolean page2 = "page=2".equals(ex.getRequestURI().getQuery());
            if (page2 && page2Down.get()) {
                LocalServer.send(ex, 500, "text/plain", "database down".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String name = onePage.get() ? feed.get() : feed.get() + "-page" + (page2 ? 2 : 1);
            LocalServer.send(ex, 200, "text/turtle", Fixtures.text("feeds/replace/" + name + ".ttl").getBytes(StandardCharsets.UTF_8));
        });
        FetchPolicy policy = FetchPolicy.defaults().withRetries(1, Duration.ofMillis(10), Duration.ofSeconds(1));
        harvester = Harvester.withAllDialects(IRIS, policy, staging);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private PreviousHarvest previous() {
        return Txn.calculateRead(store, () -> PreviousHarvest.read(store.getGraph(GRAPH), store.getGraph(LOG),
                IRIS.thing("bron", "voorbeeld")));
    }

    private HarvestRun harvest(PreviousHarvest previous) {
        HarvestSource source = HarvestSource.adHoc("voorbeeld", server.uri("/catalog"), "dcat", Set.of("127.0.0.1"));
        return harvester.run(source, previous, true, HarvestProgress.NONE);
    }

    /** Harvests, applies the run as the CLI does, and logs it. */
    private RecordReplace.Outcome night(String name) {
        feed.set(name);
        PreviousHarvest before = previous();
        try (HarvestRun run = harvest(before)) {
            assertEquals(HarvestRun.Effect.REPLACE, run.effect(), run.message());
            RecordReplace.Outcome outcome = Txn.calculateWrite(store, () -> {
                RecordReplace.Outcome o = new RecordReplace(IRIS).apply(store.getGraph(GRAPH), run, before);
                log(run);
                return o;
            });
            lastRun = run;
            lastReplaceResult = Fixtures.graphOf(run);
            return outcome;
        }
    }

    private HarvestRun lastRun;
    /** What deleting the graph and adding the last run's triples gives. */
    private Graph lastReplaceResult;

    private int logged;

    /**
     * Adds the run to the harvest log. Runs are named by the second they start in, and these runs
     * start within one second: each is logged under a name of its own.
     */
    private void log(HarvestRun run) {
        Graph log = store.getGraph(LOG);
        Node name = NodeFactory.createURI(run.iri().getURI() + "-" + ++logged);
        run.provenance().find().forEachRemaining(t -> log.add(t.getSubject().equals(run.iri()) ? name : t.getSubject(),
                t.getPredicate(), t.getObject()));
    }

    private Graph stored() {
        return Txn.calculateRead(store, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            store.getGraph(GRAPH).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    /**
     * The replace result with the catalogue records of the given records as they were stored before:
     * what an in-place run must give.
     */
    private static Graph withStoredCatalogueRecords(Graph replaced, Graph storedBefore, List<String> recordIds) {
        Graph expected = GraphFactory.createDefaultGraph();
        replaced.find().forEachRemaining(expected::add);
        for (String id : recordIds) {
            Node record = CatalogRecords.iri(IRIS, "voorbeeld", id);
            expected.find(record, Node.ANY, Node.ANY).toList().forEach(expected::delete);
            storedBefore.find(record, Node.ANY, Node.ANY).forEachRemaining(expected::add);
        }
        return expected;
    }

    private static Node dateTime(Instant instant) {
        return NodeFactory.createLiteralDT(instant.toString(), XSDDatatype.XSDdateTime);
    }

    private static Node value(Graph graph, String recordId, Node property) {
        List<Triple> found = graph.find(CatalogRecords.iri(IRIS, "voorbeeld", recordId), property, Node.ANY).toList();
        assertEquals(1, found.size(), () -> "one " + property + " on the catalogue record of " + recordId + ": " + found);
        return found.get(0).getObject();
    }

    private static Node contactPoint(Graph graph, String dataset) {
        return graph.find(NodeFactory.createURI("https://data.voorbeeld.be/dataset/" + dataset), DCAT.contactPoint.asNode(), Node.ANY)
                .next().getObject();
    }

    @Test
    void a_complete_run_changes_only_what_changed_and_ends_as_a_replacement_would() {
        RecordReplace.Outcome first = night("night1");
        assertEquals(new RecordReplace.Outcome(4, 0, false, ""), first);
        assertTrue(IsoMatcher.isomorphic(lastReplaceResult, stored()), "the first night adds everything");
        Graph afterFirst = stored();
        Node contactOfB = contactPoint(afterFirst, "b");

        RecordReplace.Outcome second = night("night2");
        assertEquals(new ChangeSummary(1, 1, 2, 1), lastRun.changes(), "N added, A changed, B and L unchanged, R removed");
        assertEquals(new RecordReplace.Outcome(2, 1, false, ""), second);
        Graph afterSecond = stored();
        Graph expected = withStoredCatalogueRecords(lastReplaceResult, afterFirst, List.of("b", "l"));
        assertTrue(IsoMatcher.isomorphic(expected, afterSecond), () -> "stored:\n" + afterSecond + "\nexpected:\n" + expected);
        assertEquals(List.of(NodeFactory.createLiteralLang("Voorbeeldstad", "nl")),
                afterSecond.find(NodeFactory.createURI("https://data.voorbeeld.be/org/stad"), NodeFactory.createURI("http://xmlns.com/foaf/0.1/name"),
                        Node.ANY).mapWith(Triple::getObject).toList(),
                "the old name A's old version gave the shared publisher is gone");
        assertEquals(contactOfB, contactPoint(afterSecond, "b"), "B was not touched: its blank contact point is the same node");
        assertEquals(afterSecond.size(), expected.size());
    }

    @Test
    void dct_modified_is_the_start_of_the_run_that_first_saw_the_present_content() {
        night("night1");
        Instant firstStart = lastRun.started();
        Graph afterFirst = stored();
        for (String id : List.of("a", "r", "b", "l")) {
            assertEquals(dateTime(firstStart), value(afterFirst, id, MODIFIED), id);
        }
        Node bRetrieved = value(afterFirst, "b", GENERATED_AT);

        night("night2");
        Instant secondStart = lastRun.started();
        assertTrue(secondStart.isAfter(firstStart));
        Graph afterSecond = stored();
        assertEquals(dateTime(firstStart), value(afterSecond, "b", MODIFIED), "B unchanged");
        assertEquals(dateTime(firstStart), value(afterSecond, "l", MODIFIED), "L unchanged");
        assertEquals(dateTime(secondStart), value(afterSecond, "a", MODIFIED), "A changed");
        assertEquals(dateTime(secondStart), value(afterSecond, "n", MODIFIED), "N new");
        assertEquals(bRetrieved, value(afterSecond, "b", GENERATED_AT), "B's catalogue record is kept whole");
        assertEquals(lastRun.iri(), value(afterSecond, "a", PROV.wasGeneratedBy.asNode()));
        assertFalse(afterSecond.contains(CatalogRecords.iri(IRIS, "voorbeeld", "r"), Node.ANY, Node.ANY), "R's catalogue record is gone");

        night("night2");
        Graph afterThird = stored();
        assertEquals(dateTime(secondStart), value(afterThird, "a", MODIFIED), "A unchanged since the second night");
        assertEquals(dateTime(firstStart), value(afterThird, "b", MODIFIED));
        assertTrue(IsoMatcher.isomorphic(afterSecond, afterThird), "a night without changes changes nothing");
    }

    @Test
    void a_night_without_changes_writes_nothing() {
        night("night1");
        Graph afterFirst = stored();
        RecordReplace.Outcome again = night("night1");
        assertEquals(new RecordReplace.Outcome(0, 0, false, ""), again);
        Graph afterAgain = stored();
        assertEquals(afterFirst.size(), afterAgain.size());
        afterFirst.find().forEachRemaining(t -> assertTrue(afterAgain.contains(t), () -> "kept as it was: " + t));
    }

    @Test
    void catalogue_records_stored_without_dct_modified_get_the_start_of_the_next_run() {
        night("night1");
        Txn.executeWrite(store, () -> store.getGraph(GRAPH).find(Node.ANY, MODIFIED, Node.ANY).toList()
                .stream().filter(t -> t.getSubject().getURI().contains("/catalogusrecord/")).forEach(store.getGraph(GRAPH)::delete));
        assertEquals(4, previous().withoutModified());

        night("night2");
        Graph after = stored();
        for (String id : List.of("a", "b", "l", "n")) {
            assertEquals(dateTime(lastRun.started()), value(after, id, MODIFIED), id);
        }
        assertEquals(0, previous().withoutModified());
    }

    @Test
    void records_sharing_a_blank_node_replace_the_graph_as_a_whole() {
        onePage.set(true);
        night("shared-blank-night1");
        Instant firstStart = lastRun.started();
        assertTrue(lastRun.staged().sharesBlankNodes());
        RecordReplace.Outcome second = night("shared-blank-night2");
        assertEquals(new RecordReplace.Outcome(2, 0, true, "a blank node is part of several records"), second);
        assertTrue(IsoMatcher.isomorphic(lastReplaceResult, stored()), "exactly the replacement, catalogue records included");
        assertEquals(dateTime(firstStart), value(stored(), "b", MODIFIED), "B unchanged keeps its dct:modified");
        assertEquals(dateTime(lastRun.started()), value(stored(), "a", MODIFIED));
    }

    @Test
    void a_stored_blank_node_shared_with_an_unchanged_record_replaces_the_graph_as_a_whole() {
        onePage.set(true);
        night("shared-blank-night1");
        RecordReplace.Outcome second = night("shared-blank-split");
        assertFalse(lastRun.staged().sharesBlankNodes(), "this night's records share nothing");
        assertEquals(new ChangeSummary(0, 1, 1, 0), lastRun.changes());
        assertTrue(second.wholeGraph());
        assertTrue(second.reason().startsWith("the blank node ") && second.reason().endsWith(" is shared by several records"),
                second.reason());
        assertTrue(IsoMatcher.isomorphic(lastReplaceResult, stored()), "exactly the replacement");
    }

    @Test
    void the_first_complete_run_after_a_merge_that_changed_records_replaces_the_graph_as_a_whole() {
        night("night1");
        feed.set("night2");
        page2Down.set(true);
        PreviousHarvest before = previous();
        try (HarvestRun merge = harvest(before)) {
            assertEquals(HarvestRun.Effect.MERGE, merge.effect());
            assertEquals(new ChangeSummary(1, 1, 3, 0), merge.changes(), "N added, A changed, R, B and L kept");
            Txn.executeWrite(store, () -> {
                new RecordMerge(IRIS).apply(store.getGraph(GRAPH), merge, before);
                log(merge);
            });
        }
        Node stad = NodeFactory.createURI("https://data.voorbeeld.be/org/stad");
        assertEquals(2, stored().find(stad, NodeFactory.createURI("http://xmlns.com/foaf/0.1/name"), Node.ANY).toList().size(),
                "the merge kept the city's old name beside the new one");
        assertTrue(previous().mergedSinceFullRun());

        page2Down.set(false);
        RecordReplace.Outcome full = night("night2");
        assertEquals(new RecordReplace.Outcome(4, 1, true, "a merge changed records since the last full run"), full);
        assertTrue(IsoMatcher.isomorphic(lastReplaceResult, stored()));
        assertFalse(previous().mergedSinceFullRun(), "the full run cleaned the graph");
        assertEquals(new RecordReplace.Outcome(0, 0, false, ""), night("night2"));
    }

    @Test
    void a_graph_without_catalogue_records_is_replaced_as_a_whole() {
        Node loaded = NodeFactory.createURI("https://data.voorbeeld.be/dataset/geladen");
        Txn.executeWrite(store, () -> store.add(GRAPH, loaded, DCTerms.title.asNode(), NodeFactory.createLiteralString("Geladen")));
        RecordReplace.Outcome first = night("night1");
        assertEquals(new RecordReplace.Outcome(4, 0, true, "the graph holds triples but no catalogue records"), first);
        assertTrue(IsoMatcher.isomorphic(lastReplaceResult, stored()));
    }

    @Test
    void catalogue_records_stored_under_another_base_replace_the_graph_as_a_whole() {
        night("night1");
        SlimcatIris other = SlimcatIris.withBase("https://catalogus.voorbeeld.be");
        PreviousHarvest before = previous();
        assertEquals(java.util.Optional.of("https://data.slimcat.be/id/catalogusrecord/voorbeeld-"), before.catalogueRecordIriPrefix());
        Harvester rebased = Harvester.withAllDialects(other, FetchPolicy.defaults(), staging);
        HarvestSource source = HarvestSource.adHoc("voorbeeld", server.uri("/catalog"), "dcat", Set.of("127.0.0.1"));
        try (HarvestRun run = rebased.run(source, before, true, HarvestProgress.NONE)) {
            assertEquals(new ChangeSummary(0, 0, 4, 0), run.changes());
            RecordReplace.Outcome outcome = Txn.calculateWrite(store,
                    () -> new RecordReplace(other).apply(store.getGraph(GRAPH), run, before));
            assertEquals(new RecordReplace.Outcome(4, 0, true, "the stored catalogue records are not at the IRIs this run gives them"),
                    outcome);
            assertTrue(IsoMatcher.isomorphic(Fixtures.graphOf(run), stored()));
        }
    }
}
