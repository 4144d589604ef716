// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import org.apache.jena.graph.Node;

import be.slimcat.vocab.SlimcatIris;

/**
 * What a quality pass assesses and where it keeps the results.
 *
 * @param name          the source identifier or graph name, for reports and commands
 * @param dataGraph     the graph whose records are validated and scored
 * @param subject       what the run's group figures are about: the harvest source, or the graph itself
 * @param qualityGraph  where the latest reports and measurements go ({@link SlimcatIris#qualityGraph})
 * @param baselineGraph where the accepted findings are ({@link SlimcatIris#baselineGraph})
 */
record QualityTarget(String name, Node dataGraph, Node subject, Node qualityGraph, Node baselineGraph) {
    /** A harvest source: its graph, its IRI {@code {base}/id/bron/{id}}. */
    static QualityTarget ofSource(SlimcatIris iris, String sourceId) {
        Node graph = iris.sourceGraph(sourceId);
        return new QualityTarget(sourceId, graph, iris.thing("bron", sourceId), iris.qualityGraph(graph),
                iris.baselineGraph(graph));
    }

    /** A loaded graph {@code {base}/graph/{name}}, which is its own subject. */
    static QualityTarget ofGraph(SlimcatIris iris, Node graph) {
        return new QualityTarget(graph.getURI(), graph, graph, iris.qualityGraph(graph), iris.baselineGraph(graph));
    }
}
