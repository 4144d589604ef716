// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.remote;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;

/**
 * The graphs on the service that are not the catalogue's (the service's own, other applications'), which a
 * Virtuoso holds in its default graph and in {@code GRAPH ?g}; its requests leave them out. Listed on first
 * use and again when the list is five minutes old, as other applications may add graphs.
 */
final class ForeignGraphs {
    static final Duration FRESH = Duration.ofMinutes(5);

    private final Supplier<List<Node>> list;
    private volatile List<Node> known;
    private volatile long listedAt;

    ForeignGraphs(Supplier<List<Node>> list) {
        this.list = list;
    }

    List<Node> current() {
        long now = System.nanoTime();
        List<Node> graphs = known;
        if (graphs == null || now - listedAt > FRESH.toNanos()) {
            graphs = List.copyOf(list.get());
            known = graphs;
            listedAt = now;
        }
        return graphs;
    }
}
