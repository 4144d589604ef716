// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.mqa;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks fixes by the MQA points they gain over many records. For every record and indicator the gain
 * is computed honestly: the record's facts are changed as if the publisher fixed that one indicator
 * ({@link DatasetFacts#withPassed}: on the dataset, or on every distribution where it failed), scored
 * again with {@link MqaScorer}, and compared with the record's score. So a fix on a distribution that is
 * not the scored one gains only if it makes that distribution the best, and a dataset-level date gains
 * nothing when the scored distribution already has one. Not-assessed indicators are never suggested.
 * Suggestions are sorted by total gain, then in {@link MqaIndicator} order.
 */
public final class FixAdvisor {
    private final MqaScorer scorer;

    /** An advisor scoring with the given scorer. */
    public FixAdvisor(MqaScorer scorer) {
        this.scorer = scorer;
    }

    /** The fixes that gain points on at least one of the records, best first. */
    public List<FixSuggestion> rank(Collection<DatasetFacts> records) {
        Map<MqaIndicator, Gains> gains = new EnumMap<>(MqaIndicator.class);
        for (DatasetFacts facts : records) {
            int base = scorer.score(facts).total();
            for (MqaIndicator indicator : MqaIndicator.values()) {
                DatasetFacts fixed = facts.withPassed(indicator);
                if (fixed.equals(facts)) {
                    continue;
                }
                int gain = scorer.score(fixed).total() - base;
                if (gain > 0) {
                    int distributions = indicator.onDataset() ? 0 : facts.failedDistributions(indicator);
                    gains.computeIfAbsent(indicator, i -> new Gains()).add(gain, distributions);
                }
            }
        }
        List<FixSuggestion> suggestions = new ArrayList<>();
        gains.forEach((indicator, g) -> suggestions.add(new FixSuggestion(indicator, g.datasets, g.distributions,
                g.min, g.max, g.total, FixTexts.nl(indicator, g.datasets, g.distributions, g.min, g.max, g.total),
                FixTexts.en(indicator, g.datasets, g.distributions, g.min, g.max, g.total))));
        suggestions.sort(Comparator.comparingInt(FixSuggestion::totalGain).reversed()
                .thenComparing(FixSuggestion::indicator));
        return List.copyOf(suggestions);
    }

    private static final class Gains {
        int datasets;
        int distributions;
        int min = Integer.MAX_VALUE;
        int max;
        int total;

        void add(int gain, int changedDistributions) {
            datasets++;
            distributions += changedDistributions;
            min = Math.min(min, gain);
            max = Math.max(max, gain);
            total += gain;
        }
    }
}
