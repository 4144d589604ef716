// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.ld;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;

/**
 * The latest quality results of a dataset or distribution in one quality graph: its measurements (by
 * metric) and the sh:Violation results of its latest SHACL report.
 *
 * @param graph        the quality graph ({@code {base}/graph/quality/{name}})
 * @param measurements the measurements of the latest time it was measured
 * @param report       the latest validation report, if it was validated
 * @param violations   the violation results of that report (blank nodes, described in the description)
 */
public record QualityFacts(Node graph, List<Measurement> measurements, Optional<Node> report, List<Node> violations) {
    /** One DQV measurement. */
    public record Measurement(Node measurement, Node metric, Node value, Node generated, Node run) {}

    /** The value of the metric with that local name ({@code starRating}, {@code mqaScore}, {@code mqaBand}), if measured. */
    public Optional<String> value(String metricLocalName) {
        return measurements.stream().filter(m -> m.metric().isURI() && m.metric().getURI().endsWith("#" + metricLocalName))
                .map(m -> m.value().getLiteralLexicalForm()).findFirst();
    }
}
