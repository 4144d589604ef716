// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.ld;

import org.apache.jena.graph.Node;

/**
 * Where one named graph's part of a description comes from: the graph, and when a harvest wrote it, the
 * catalogue record, when and from which page it was retrieved, and the run (its source, times and status);
 * when a {@code slimcat load} wrote the graph, that activity and when it ended. Absent parts are null.
 */
public record Provenance(Node graph, Node record, Node retrieved, Node page, Node run, Node source, Node started,
        Node ended, Node status, Node load, Node loadEnded) {}
