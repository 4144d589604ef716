// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.vocabulary.FOAF;

import be.slimcat.vocab.SlimcatIris;

/**
 * Merges the records of a run that saw only part of a source (incremental, or with lost pages)
 * into the source's graph: a new record is added, a changed one replaces its stored version, and
 * every record the run did not bring or brought unchanged stays as it is. Nothing is removed but
 * the stored version of a changed record.
 * <p>
 * The stored version of a record is its dataset's triples and, following the objects, the triples of
 * every blank node and described IRI that only this record refers to (its distributions, contact
 * point, …), plus its catalogue record. A node another record also refers to (a shared publisher)
 * is left alone: the new version restates what it needs.
 */
public final class RecordMerge {
    private static final Node PRIMARY_TOPIC = FOAF.primaryTopic.asNode();

    private final SlimcatIris iris;

    public RecordMerge(SlimcatIris iris) {
        this.iris = iris;
    }

    /**
     * Merges the run's records into the graph (call inside a write transaction). The catalogue record
     * of an unchanged record stays as it is; one stored before SlimCat wrote dct:modified gets the
     * run's start as its dct:modified.
     *
     * @param previous what the graph held before the run (what the run was compared with)
     * @return the number of records written (added or changed)
     */
    public long apply(Graph graph, HarvestRun run, PreviousHarvest previous) {
        long written = 0;
        try (StagedRecords.Reader records = run.staged().read()) {
            while (records.hasNext()) {
                StagedRecords.StagedRecord record = records.next();
                Node catalogRecord = CatalogRecords.iri(iris, run.source().id(), record.key());
                if (record.change() == StagedRecords.Change.UNCHANGED) {
                    CatalogRecords.addMissingModified(graph, catalogRecord, record, previous);
                    continue;
                }
                if (record.change() == StagedRecords.Change.CHANGED) {
                    removeStoredVersion(graph, catalogRecord);
                }
                record.triples().forEach(graph::add);
                written++;
            }
        }
        return written;
    }

    private static void removeStoredVersion(Graph graph, Node catalogRecord) {
        Set<Node> owned = new HashSet<>();
        graph.find(catalogRecord, PRIMARY_TOPIC, Node.ANY).forEachRemaining(t -> owned.addAll(ownedNodes(graph, t.getObject())));
        owned.add(catalogRecord);
        List<Triple> stored = new ArrayList<>();
        owned.forEach(n -> graph.find(n, Node.ANY, Node.ANY).forEachRemaining(stored::add));
        stored.forEach(graph::delete);
    }

    /** The subject and the nodes reachable from it that no one outside them refers to. */
    private static Set<Node> ownedNodes(Graph graph, Node subject) {
        Set<Node> reachable = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        reachable.add(subject);
        todo.push(subject);
        while (!todo.isEmpty()) {
            graph.find(todo.pop(), Node.ANY, Node.ANY).forEachRemaining(t -> {
                Node o = t.getObject();
                if ((o.isBlank() || o.isURI()) && !reachable.contains(o) && graph.find(o, Node.ANY, Node.ANY).hasNext()
                        && !graph.find(Node.ANY, PRIMARY_TOPIC, o).hasNext()) {
                    reachable.add(o);
                    todo.push(o);
                }
            });
        }
        Set<Node> owned = new HashSet<>(reachable);
        boolean changed = true;
        while (changed) {
            changed = owned.removeIf(n -> !n.equals(subject) && referredToFromOutside(graph, n, owned));
        }
        return owned;
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
}
