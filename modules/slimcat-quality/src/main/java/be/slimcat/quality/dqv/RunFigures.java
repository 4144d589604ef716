// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.dqv;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;

import be.slimcat.quality.GroupFigures;
import be.slimcat.vocab.SCQ;

/**
 * The figures of one group in one run, read back from the quality graph.
 *
 * @param run       the run that measured them
 * @param generated when
 * @param values    the value per metric IRI
 */
public record RunFigures(Node run, Instant generated, Map<Node, Node> values) {
    public RunFigures {
        values = Map.copyOf(values);
    }

    /** The figures of a group as they were stored by {@link QualityGraphWriter#writeGroup}. */
    public GroupFigures group(Node subject) {
        return new GroupFigures(subject, (int) number(SCQ.assessedDatasets), number(SCQ.meanMqaScore),
                number(SCQ.meanStarRating), (long) number(SCQ.violationCount), (long) number(SCQ.warningCount),
                (long) number(SCQ.infoCount));
    }

    /** The value of a metric, if the run measured it. */
    public Optional<Node> value(Resource metric) {
        return Optional.ofNullable(values.get(metric.asNode()));
    }

    /** The lexical form of a metric's value, or "-" when the run did not measure it. */
    public String text(Resource metric) {
        return value(metric).map(Node::getLiteralLexicalForm).orElse("-");
    }

    /** A numeric metric as a double, or 0 when the run did not measure it. */
    public double number(Resource metric) {
        return value(metric).map(v -> Double.parseDouble(v.getLiteralLexicalForm())).orElse(0.0);
    }
}
