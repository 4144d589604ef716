// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.mqa;

import org.apache.jena.graph.Node;

/**
 * The scored outcome of one indicator for a dataset.
 *
 * @param indicator the indicator
 * @param outcome   its outcome
 * @param points    the points earned: the indicator's points when passed, else 0
 * @param subject   what the outcome was taken from: the scored distribution or the dataset
 */
public record IndicatorResult(MqaIndicator indicator, Outcome outcome, int points, Node subject) {
    /** The result for an outcome, earning the indicator's points when passed. */
    public static IndicatorResult of(MqaIndicator indicator, Outcome outcome, Node subject) {
        return new IndicatorResult(indicator, outcome, outcome == Outcome.PASSED ? indicator.points() : 0, subject);
    }
}
