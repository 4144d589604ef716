// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.mqa;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;

/**
 * The outcomes of every MQA indicator on a dataset and on each of its distributions, before scoring.
 *
 * @param dataset       the dataset
 * @param outcomes      an outcome for every indicator computed on the dataset (also as fallback)
 * @param distributions the facts of each distribution, in record order
 */
public record DatasetFacts(Node dataset, Map<MqaIndicator, Outcome> outcomes, List<DistributionFacts> distributions) {
    /** Checks that every dataset-level indicator has an outcome and keeps copies. */
    public DatasetFacts {
        for (MqaIndicator indicator : MqaIndicator.values()) {
            if (indicator.onDataset() && !outcomes.containsKey(indicator)) {
                throw new IllegalArgumentException("No outcome for " + indicator + " on " + dataset);
            }
        }
        outcomes = Map.copyOf(outcomes);
        distributions = List.copyOf(distributions);
    }

    /** The outcome of an indicator computed on the dataset. */
    public Outcome outcome(MqaIndicator indicator) {
        return outcomes.get(indicator);
    }

    /**
     * These facts as if the publisher fixed an indicator: a failed indicator on the dataset passes
     * (dataset-level indicators, and dct:issued / dct:modified, which are fixed on the dataset), or it
     * passes on every distribution where it failed. Not-assessed outcomes stay as they are.
     */
    public DatasetFacts withPassed(MqaIndicator indicator) {
        if (indicator.onDataset()) {
            if (outcomes.get(indicator) != Outcome.FAILED) {
                return this;
            }
            Map<MqaIndicator, Outcome> fixed = new EnumMap<>(outcomes);
            fixed.put(indicator, Outcome.PASSED);
            return new DatasetFacts(dataset, fixed, distributions);
        }
        return new DatasetFacts(dataset, outcomes, distributions.stream().map(d -> d.withPassed(indicator)).toList());
    }

    /** The number of distributions on which an indicator failed. */
    public int failedDistributions(MqaIndicator indicator) {
        return (int) distributions.stream().filter(d -> d.outcome(indicator) == Outcome.FAILED).count();
    }
}
