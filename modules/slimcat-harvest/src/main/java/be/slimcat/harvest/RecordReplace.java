// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.atlas.iterator.IteratorCloseable;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.slimcat.vocab.SlimcatIris;

/**
 * Applies a run that saw the whole source ({@link HarvestRun.Effect#REPLACE}) to the source's graph in
 * place: the graph ends as it would after deleting it and adding every staged triple, but only what
 * changed is written. Records gone from the source and changed records lose their stored version, new
 * and changed records are added, unchanged records are left alone.
 * <p>
 * The stored version of a record is its catalogue record and every node reachable from its dataset
 * through objects that have triples; a node that something outside that closure also refers to (a
 * publisher of other records, another record's dataset) is shared. A record's own nodes are deleted;
 * every shared node it reached is written again, from the statements that all records of the run make
 * about it (with the blank nodes under them), so that nothing an old version said about a shared node
 * stays behind.
 * <p>
 * The one difference with deleting and adding everything: the catalogue record of an unchanged record
 * stays as it is, with the page, time and run that last wrote it (as a merge keeps it); only one stored
 * before SlimCat wrote dct:modified gets the run's start as its dct:modified.
 * <p>
 * The graph is replaced as a whole instead, with the same result, when in place cannot be exact: when a
 * merge changed records since the last full run (it may have left old statements on shared nodes), when
 * a blank node is part of several records, when the stored catalogue records are not where this run
 * writes them, or when the graph holds triples but no catalogue records (no harvest wrote it). Then
 * every catalogue record is written anew; dct:modified keeps its meaning.
 * <p>
 * Triples that no record reaches (put into the graph by other means than a harvest) are left alone in
 * place; only a replacement as a whole drops them.
 */
public final class RecordReplace {
    private static final Logger LOG = LoggerFactory.getLogger("slimcat.harvest");
    private static final Node PRIMARY_TOPIC = FOAF.primaryTopic.asNode();

    private final SlimcatIris iris;

    public RecordReplace(SlimcatIris iris) {
        this.iris = iris;
    }

    /**
     * What applying a run did to the source's graph.
     *
     * @param written    records added or changed
     * @param removed    records removed
     * @param wholeGraph true when the graph was replaced as a whole
     * @param reason     why the graph was replaced as a whole; empty when it was updated in place
     */
    public record Outcome(long written, long removed, boolean wholeGraph, String reason) {}

    /**
     * Applies the run to the graph (call inside a write transaction).
     *
     * @param previous what the graph held before the run (what the run was compared with)
     */
    public Outcome apply(Graph graph, HarvestRun run, PreviousHarvest previous) {
        String sourceId = run.source().id();
        Optional<String> whole = reasonToReplaceWhole(graph, run, previous);
        if (whole.isPresent()) {
            return replaceWhole(graph, run, whole.get());
        }
        StagedRecords staged = run.staged();
        Set<Node> shared = new HashSet<>();
        long removed = 0;
        for (int entry = 0; entry < previous.size(); entry++) {
            RecordKey key = previous.key(entry);
            StagedRecords.Change change = staged.change(key);
            if (change == StagedRecords.Change.UNCHANGED) {
                continue;
            }
            Node catalogRecord = CatalogRecords.iri(iris, sourceId, key);
            if (!graph.contains(catalogRecord, RDF.type.asNode(), DCAT.CatalogRecord.asNode())) {
                return replaceWhole(graph, run, "the stored catalogue record " + catalogRecord.getURI() + " is missing");
            }
            removeStoredVersion(graph, catalogRecord, shared);
            if (change == null) {
                removed++;
            }
        }
        Optional<Node> sharedBlank = blankSharedWithTheRest(graph, shared);
        if (sharedBlank.isPresent()) {
            return replaceWhole(graph, run, "the blank node " + sharedBlank.get() + " is shared by several records");
        }
        List<Triple> sharedTriples = new ArrayList<>();
        shared.forEach(n -> graph.find(n, Node.ANY, Node.ANY).forEachRemaining(sharedTriples::add));
        sharedTriples.forEach(graph::delete);
        long written = staged.count(StagedRecords.Change.ADDED) + staged.count(StagedRecords.Change.CHANGED);
        if (written > 0 || !shared.isEmpty() || previous.withoutModified() > 0) {
            addStaged(graph, run, previous, shared);
        }
        LOG.info("{}: updated in place: {} record(s) written, {} removed, {} shared node(s) rewritten", sourceId, written, removed,
                shared.size());
        return new Outcome(written, removed, false, "");
    }

    private Optional<String> reasonToReplaceWhole(Graph graph, HarvestRun run, PreviousHarvest previous) {
        if (previous.size() == 0 && !graph.isEmpty()) {
            return Optional.of("the graph holds triples but no catalogue records");
        }
        if (previous.mergedSinceFullRun()) {
            return Optional.of("a merge changed records since the last full run");
        }
        if (run.staged().sharesBlankNodes()) {
            return Optional.of("a blank node is part of several records");
        }
        if (previous.size() > 0
                && !previous.catalogueRecordIriPrefix().equals(Optional.of(CatalogRecords.iriPrefix(iris, run.source().id())))) {
            return Optional.of("the stored catalogue records are not at the IRIs this run gives them");
        }
        return Optional.empty();
    }

    private Outcome replaceWhole(Graph graph, HarvestRun run, String reason) {
        graph.clear();
        IteratorCloseable<Triple> triples = run.sourceGraph();
        try {
            triples.forEachRemaining(graph::add);
        } finally {
            triples.close();
        }
        LOG.info("{}: replaced the graph as a whole: {}", run.source().id(), reason);
        return new Outcome(run.staged().size(), run.changes().removed(), true, reason);
    }

    /**
     * Adds the added and changed records, and of the unchanged ones what they say about the shared
     * nodes (written again) and a missing dct:modified of their catalogue record.
     */
    private void addStaged(Graph graph, HarvestRun run, PreviousHarvest previous, Set<Node> shared) {
        Set<Triple> sharedWritten = new HashSet<>();
        try (StagedRecords.Reader records = run.staged().read()) {
            while (records.hasNext()) {
                StagedRecords.StagedRecord record = records.next();
                if (record.change() != StagedRecords.Change.UNCHANGED) {
                    record.triples().forEach(graph::add);
                    continue;
                }
                if (!shared.isEmpty()) {
                    statementsAbout(shared, record.triples()).stream().filter(sharedWritten::add).forEach(graph::add);
                }
                CatalogRecords.addMissingModified(graph, CatalogRecords.iri(iris, run.source().id(), record.key()), record, previous);
            }
        }
    }

    /** The triples about the given nodes among a record's triples, with the blank nodes under them. */
    private static List<Triple> statementsAbout(Set<Node> nodes, List<Triple> triples) {
        List<Triple> about = new ArrayList<>();
        Deque<Node> blanks = new ArrayDeque<>();
        for (Triple t : triples) {
            if (nodes.contains(t.getSubject())) {
                about.add(t);
                if (t.getObject().isBlank()) {
                    blanks.push(t.getObject());
                }
            }
        }
        if (blanks.isEmpty()) {
            return about;
        }
        Map<Node, List<Triple>> byBlankSubject = new HashMap<>();
        triples.stream().filter(t -> t.getSubject().isBlank())
                .forEach(t -> byBlankSubject.computeIfAbsent(t.getSubject(), s -> new ArrayList<>()).add(t));
        Set<Node> seen = new HashSet<>(blanks);
        while (!blanks.isEmpty()) {
            for (Triple t : byBlankSubject.getOrDefault(blanks.pop(), List.of())) {
                about.add(t);
                if (t.getObject().isBlank() && seen.add(t.getObject())) {
                    blanks.push(t.getObject());
                }
            }
        }
        return about;
    }

    /**
     * Deletes a record's catalogue record and the nodes reachable from its dataset that nothing else
     * refers to; adds the reachable nodes something else refers to to {@code shared}.
     */
    private static void removeStoredVersion(Graph graph, Node catalogRecord, Set<Node> shared) {
        Set<Node> reachable = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        graph.find(catalogRecord, PRIMARY_TOPIC, Node.ANY).forEachRemaining(t -> {
            if (reachable.add(t.getObject())) {
                todo.push(t.getObject());
            }
        });
        while (!todo.isEmpty()) {
            graph.find(todo.pop(), Node.ANY, Node.ANY).forEachRemaining(t -> {
                Node o = t.getObject();
                if ((o.isBlank() || o.isURI()) && !reachable.contains(o) && !shared.contains(o)
                        && graph.find(o, Node.ANY, Node.ANY).hasNext()) {
                    reachable.add(o);
                    todo.push(o);
                }
            });
        }
        Set<Node> owned = new HashSet<>(reachable);
        owned.add(catalogRecord);
        boolean changed = true;
        while (changed) {
            changed = owned.removeIf(n -> !n.equals(catalogRecord) && referredToFromOutside(graph, n, owned));
        }
        reachable.removeAll(owned);
        shared.addAll(reachable);
        List<Triple> stored = new ArrayList<>();
        owned.forEach(n -> graph.find(n, Node.ANY, Node.ANY).forEachRemaining(stored::add));
        stored.forEach(graph::delete);
    }

    private static boolean referredToFromOutside(Graph graph, Node node, Set<Node> inside) {
        Iterator<Triple> referrers = graph.find(Node.ANY, Node.ANY, node);
        while (referrers.hasNext()) {
            if (!inside.contains(referrers.next().getSubject())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A shared blank node that a node outside the shared ones refers to: it cannot be written again
     * (the run's blank nodes are new ones), so the graph must be replaced as a whole.
     */
    private static Optional<Node> blankSharedWithTheRest(Graph graph, Set<Node> shared) {
        for (Node n : shared) {
            if (n.isBlank() && referredToFromOutside(graph, n, shared)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }
}
