// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.mqa;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Sums dataset scores one at a time into a {@link ScoreSummary}, keeping only totals: memory does not
 * grow with the number of datasets. Not thread-safe; guard it when scores come from several threads.
 */
public final class ScoreAccumulator {
    private int datasets;
    private long total;
    private long notAssessed;
    private final long[] dimensions = new long[MqaDimension.values().length];
    private final int[][] outcomes = new int[MqaIndicator.values().length][Outcome.values().length];

    /** Adds one dataset's score. */
    public ScoreAccumulator add(MqaScore score) {
        datasets++;
        total += score.total();
        notAssessed += score.notAssessedPoints();
        for (MqaDimension dimension : MqaDimension.values()) {
            dimensions[dimension.ordinal()] += score.points(dimension);
        }
        for (MqaIndicator indicator : MqaIndicator.values()) {
            outcomes[indicator.ordinal()][score.result(indicator).outcome().ordinal()]++;
        }
        return this;
    }

    /** The number of scores added. */
    public int datasets() {
        return datasets;
    }

    /** The figures of the scores added so far. */
    public ScoreSummary summary() {
        Map<MqaDimension, Double> means = new EnumMap<>(MqaDimension.class);
        for (MqaDimension dimension : MqaDimension.values()) {
            means.put(dimension, mean(dimensions[dimension.ordinal()]));
        }
        Map<MqaIndicator, IndicatorTally> tallies = new EnumMap<>(MqaIndicator.class);
        for (MqaIndicator indicator : MqaIndicator.values()) {
            int[] counts = outcomes[indicator.ordinal()];
            tallies.put(indicator, new IndicatorTally(counts[Outcome.PASSED.ordinal()], counts[Outcome.FAILED.ordinal()],
                    counts[Outcome.NOT_ASSESSED.ordinal()]));
        }
        double meanTotal = mean(total);
        return new ScoreSummary(datasets, meanTotal, Collections.unmodifiableMap(means), mean(notAssessed),
                MqaBand.of(meanTotal), Collections.unmodifiableMap(tallies));
    }

    private double mean(long sum) {
        return datasets == 0 ? 0 : sum / (double) datasets;
    }
}
