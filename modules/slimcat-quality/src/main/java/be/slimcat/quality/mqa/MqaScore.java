// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.mqa;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;

/**
 * The MQA score of one dataset ({@link MqaScorer}).
 *
 * @param dataset            the dataset
 * @param scoredDistribution the distribution whose indicators were counted, if the dataset has any
 * @param results            the result of every indicator, in {@link MqaIndicator} order
 */
public record MqaScore(Node dataset, Optional<Node> scoredDistribution, List<IndicatorResult> results) {
    /** Checks there is one result per indicator, in {@link MqaIndicator} order, and keeps a copy. */
    public MqaScore {
        results = List.copyOf(results);
        MqaIndicator[] indicators = MqaIndicator.values();
        if (results.size() != indicators.length) {
            throw new IllegalArgumentException("An MQA score needs " + indicators.length + " results, got " + results.size());
        }
        for (int i = 0; i < indicators.length; i++) {
            if (results.get(i).indicator() != indicators[i]) {
                throw new IllegalArgumentException("Result " + i + " must be for " + indicators[i] + ", got "
                        + results.get(i).indicator());
            }
        }
    }

    /** The points per dimension, in {@link MqaDimension} order. */
    public Map<MqaDimension, Integer> dimensionPoints() {
        Map<MqaDimension, Integer> points = new EnumMap<>(MqaDimension.class);
        for (MqaDimension dimension : MqaDimension.values()) {
            points.put(dimension, 0);
        }
        for (IndicatorResult result : results) {
            points.merge(result.indicator().dimension(), result.points(), Integer::sum);
        }
        return Collections.unmodifiableMap(points);
    }

    /** The points of one dimension. */
    public int points(MqaDimension dimension) {
        return dimensionPoints().get(dimension);
    }

    /** The total, 0 to 405. */
    public int total() {
        return results.stream().mapToInt(IndicatorResult::points).sum();
    }

    /** The points of the indicators that were not assessed; they are not in {@link #total()}. */
    public int notAssessedPoints() {
        return results.stream().filter(r -> r.outcome() == Outcome.NOT_ASSESSED)
                .mapToInt(r -> r.indicator().points()).sum();
    }

    /** The band of the total. */
    public MqaBand band() {
        return MqaBand.of(total());
    }

    /** The result of one indicator. */
    public IndicatorResult result(MqaIndicator indicator) {
        return results.get(indicator.ordinal());
    }
}
