// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.mqa;

import java.util.Collection;
import java.util.Map;

/**
 * MQA figures of a group of datasets (a publisher, a source, the whole catalogue). data.europa.eu rates
 * a catalogue by the scores of its datasets; SlimCat takes the arithmetic mean of the dataset totals and
 * of each dimension, and gives the band of the mean total. The tallies say per indicator how many
 * datasets earned its points, the way the MQA dashboard shows shares per indicator. (mjanez/ckan-mqa
 * instead weighs each indicator by count / population over all distributions of the catalogue; SlimCat
 * counts each dataset's scored outcome, so the tallies add up to the mean.)
 *
 * @param datasets        the number of datasets
 * @param meanTotal       the mean total (0 for no datasets)
 * @param meanDimensions  the mean points per dimension
 * @param meanNotAssessed the mean of the points not assessed
 * @param band            the band of the mean total
 * @param tallies         per indicator: passed, failed, not assessed
 */
public record ScoreSummary(int datasets, double meanTotal, Map<MqaDimension, Double> meanDimensions,
        double meanNotAssessed, MqaBand band, Map<MqaIndicator, IndicatorTally> tallies) {

    /** The figures of a group of scores. */
    public static ScoreSummary of(Collection<MqaScore> scores) {
        ScoreAccumulator accumulator = new ScoreAccumulator();
        scores.forEach(accumulator::add);
        return accumulator.summary();
    }
}
