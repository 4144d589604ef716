// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.mqa;

import java.util.EnumMap;
import java.util.Map;

import org.apache.jena.graph.Node;

/**
 * The outcomes of the distribution-level MQA indicators on one distribution.
 *
 * @param distribution the distribution
 * @param outcomes     an outcome for every indicator computed on distributions
 */
public record DistributionFacts(Node distribution, Map<MqaIndicator, Outcome> outcomes) {
    /** Checks that every distribution-level indicator has an outcome and keeps a copy. */
    public DistributionFacts {
        for (MqaIndicator indicator : MqaIndicator.values()) {
            if (indicator.onDistribution() && !outcomes.containsKey(indicator)) {
                throw new IllegalArgumentException("No outcome for " + indicator + " on " + distribution);
            }
        }
        outcomes = Map.copyOf(outcomes);
    }

    /** The outcome of an indicator computed on distributions. */
    public Outcome outcome(MqaIndicator indicator) {
        return outcomes.get(indicator);
    }

    /** The points the distribution earns: the points of its passed indicators. */
    public int points() {
        return outcomes.entrySet().stream().filter(e -> e.getValue() == Outcome.PASSED)
                .mapToInt(e -> e.getKey().points()).sum();
    }

    /** These facts with a failed indicator passed, as if the publisher fixed it. */
    public DistributionFacts withPassed(MqaIndicator indicator) {
        if (outcomes.get(indicator) != Outcome.FAILED) {
            return this;
        }
        Map<MqaIndicator, Outcome> fixed = new EnumMap<>(outcomes);
        fixed.put(indicator, Outcome.PASSED);
        return new DistributionFacts(distribution, fixed);
    }
}
