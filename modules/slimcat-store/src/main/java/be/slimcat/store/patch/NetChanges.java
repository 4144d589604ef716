// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.patch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.rdfpatch.RDFChanges;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Collects the net changes of each thread's write transaction. It is told of every add and delete
 * before the dataset performs it, so it can look whether the change is real: adding a quad that is
 * there, or deleting one that is not, is ignored, and a quad deleted and added back again within the
 * transaction (as when a harvest replaces a graph with mostly the same triples) cancels out.
 * Prefix changes are not collected: replicas receive quads only.
 */
final class NetChanges implements RDFChanges {
    private final DatasetGraph data;
    /** Per writing thread: quad to true (added) or false (deleted), for quads whose state now differs. */
    private final ThreadLocal<Map<Quad, Boolean>> pending = new ThreadLocal<>();

    /** @param data the dataset the changes are made to, read before each change */
    NetChanges(DatasetGraph data) {
        this.data = data;
    }

    /** The net changes of this thread's transaction so far; forgets them. */
    ChangeSet take() {
        Map<Quad, Boolean> changes = pending.get();
        pending.remove();
        List<Quad> deleted = new ArrayList<>();
        List<Quad> added = new ArrayList<>();
        if (changes != null) {
            changes.forEach((quad, isAdd) -> (isAdd ? added : deleted).add(quad));
        }
        return new ChangeSet(deleted, added);
    }

    @Override
    public void txnBegin() {
        pending.set(new LinkedHashMap<>());
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        change(quad(g, s, p, o), true);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        change(quad(g, s, p, o), false);
    }

    private void change(Quad quad, boolean isAdd) {
        Map<Quad, Boolean> changes = pending.get();
        if (changes == null) {
            throw new IllegalStateException("A change outside a write transaction: " + quad);
        }
        if (data.contains(quad) == isAdd) {
            return;
        }
        if (changes.remove(quad) == null) {
            changes.put(quad, isAdd);
        }
    }

    private static Quad quad(Node g, Node s, Node p, Node o) {
        return Quad.create(g == null ? Quad.defaultGraphIRI : g, s, p, o);
    }

    @Override
    public void txnCommit() {
        // The recording dataset takes the changes when it commits.
    }

    @Override
    public void txnAbort() {
        pending.remove();
    }

    @Override
    public void header(String field, Node value) {}

    @Override
    public void addPrefix(Node gn, String prefix, String uriStr) {}

    @Override
    public void deletePrefix(Node gn, String prefix) {}

    @Override
    public void segment() {}

    @Override
    public void start() {}

    @Override
    public void finish() {}
}
