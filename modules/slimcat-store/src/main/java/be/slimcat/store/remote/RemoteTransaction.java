// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.remote;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * What one thread's transaction on a {@link RemoteDatasetGraph} has read and changed. Graphs read whole are
 * kept as snapshots, so that blank nodes stay the same nodes for the whole transaction. A write keeps its
 * changes here until the commit: a graph that was read or had triples deleted is rewritten whole, a graph
 * that was only added to gets the additions appended. The quads of predicates looked up again and again
 * (those that transitive paths follow, those looked up many times) are kept whole once read.
 */
final class RemoteTransaction {
    static final int LOOKUPS_BEFORE_KEEPING = 16;
    static final long MAX_KEPT = 200_000;
    private final TxnType type;
    private ReadWrite mode;
    private final Map<Node, Graph> snapshots = new LinkedHashMap<>();
    private final Map<Node, Graph> rewritten = new LinkedHashMap<>();
    private final Map<Node, Graph> appended = new LinkedHashMap<>();
    private final Set<Node> keptWhole = new HashSet<>();
    private final Map<Node, DatasetGraph> predicateQuads = new HashMap<>();
    private final Map<Node, Integer> lookups = new HashMap<>();

    RemoteTransaction(TxnType type, ReadWrite mode) {
        this.type = type;
        this.mode = mode;
    }

    TxnType type() {
        return type;
    }

    ReadWrite mode() {
        return mode;
    }

    void promote() {
        mode = ReadWrite.WRITE;
    }

    /** True when the transaction holds changes not yet sent to the service. */
    boolean hasChanges() {
        return !rewritten.isEmpty() || !appended.isEmpty();
    }

    /** The graph as the service had it when this transaction first read it whole. */
    Graph snapshot(Node graphName, Function<Node, Graph> fetch) {
        return snapshots.computeIfAbsent(graphName, fetch);
    }

    /**
     * Keeps every quad of these predicates, once read, for the rest of the transaction: a transitive path
     * evaluated in SlimCat looks up the same predicate again and again.
     */
    void keepWhole(Set<Node> predicates) {
        keptWhole.addAll(predicates);
    }

    /**
     * The service's quads of the predicate as first read in this transaction, or null when they are not kept
     * whole. A predicate's {@value #LOOKUPS_BEFORE_KEEPING}th lookup reads it whole and keeps it, when the
     * service holds at most {@value #MAX_KEPT} quads of it: evaluated in SlimCat, a query looks up a predicate
     * once per solution.
     */
    DatasetGraph quadsOf(Node predicate, Function<Node, List<Quad>> fetch, ToLongFunction<Node> count) {
        if (!keptWhole.contains(predicate)) {
            if (lookups.merge(predicate, 1, Integer::sum) != LOOKUPS_BEFORE_KEEPING || count.applyAsLong(predicate) > MAX_KEPT) {
                return null;
            }
            keptWhole.add(predicate);
        }
        return predicateQuads.computeIfAbsent(predicate, p -> {
            DatasetGraph kept = DatasetGraphFactory.create();
            fetch.apply(p).forEach(kept::add);
            return kept;
        });
    }

    /** The new content of the graph, when this transaction rewrites it. */
    Graph rewritten(Node graphName) {
        return rewritten.get(graphName);
    }

    /** The triples this transaction adds to a graph it does not rewrite. */
    Graph appended(Node graphName) {
        return appended.get(graphName);
    }

    /**
     * The graph to change: the one being rewritten, else a new rewrite from {@code stored} (what the service
     * holds, asked only now) and the triples already appended.
     */
    Graph rewrite(Node graphName, Supplier<Graph> stored) {
        Graph content = rewritten.get(graphName);
        if (content != null) {
            return content;
        }
        content = GraphFactory.createGraphMem();
        stored.get().find().forEachRemaining(content::add);
        Graph added = appended.remove(graphName);
        if (added != null) {
            added.find().forEachRemaining(content::add);
        }
        rewritten.put(graphName, content);
        return content;
    }

    /** Clears the graph: it is rewritten from nothing. */
    void clear(Node graphName) {
        appended.remove(graphName);
        rewritten.put(graphName, GraphFactory.createGraphMem());
    }

    /** The graph that collects the triples added to a graph that is not rewritten. */
    Graph append(Node graphName) {
        return appended.computeIfAbsent(graphName, g -> GraphFactory.createGraphMem());
    }

    Map<Node, Graph> rewrittenGraphs() {
        return rewritten;
    }

    Map<Node, Graph> appendedGraphs() {
        return appended;
    }
}
