// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.ld;

import java.util.List;

import org.apache.jena.graph.Node;

/**
 * What SlimCat says about one of its named graphs: its size, the classes it holds, where its data can be
 * downloaded, and how it relates to the other graphs and to what wrote it. Absent parts are null.
 *
 * @param graph        the graph IRI ({@code {base}/graph/...})
 * @param triples      its number of triples
 * @param classes      its classes with their number of instances, most first (at most 100)
 * @param dump         the Graph Store Protocol URL of its data ({@code {base}/data?graph=...})
 * @param qualityGraph its quality graph, when that holds triples
 * @param dataGraph    for a quality or baseline graph, the graph it is about
 * @param source       for a source graph, the harvest source ({@code {base}/id/bron/{id}}), when the store knows it
 * @param load         the latest activity that generated it (a {@code slimcat load}), and {@code loadEnded} when it ended
 */
public record GraphDescription(Node graph, long triples, List<ClassCount> classes, Node dump, Node qualityGraph,
        Node dataGraph, Node source, Node load, Node loadEnded) {
    /** A class and its number of instances in the graph. */
    public record ClassCount(Node type, long entities) {}
}
