// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.mqa;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scores a dataset after data.europa.eu's Metadata Quality Assessment (MQA): five dimensions
 * (findability 100, accessibility 100, interoperability 110, reusability 75, contextuality 20 = 405
 * points), 23 indicators ({@link MqaIndicator}) and four rating bands ({@link MqaBand}).
 * <p>
 * Aggregation over distributions, as piveau (the software of data.europa.eu) implements it in its
 * scoring step (piveau-metrics-score, functions {@code scoreMetrics} and {@code scoreDistribution}):
 * <ol>
 * <li>Each distribution earns the points of its passed distribution-level indicators: access URL
 * status, download URL, download URL status, format, media type, format/media-type vocabulary,
 * non-proprietary, machine-readable, licence, known licence, rights, byte size, and dct:issued /
 * dct:modified when the distribution has them.</li>
 * <li>Only the distribution with the most of these points is scored, for every dimension at once (the
 * methodology's assumption that several distributions hold the same content: "only the distribution
 * with the highest number of points is used"). On a tie the first distribution in record order wins
 * (piveau keeps the first it lists). Distribution indicators are not averaged: averaging
 * (count / population, as mjanez/ckan-mqa does) belongs to catalogue figures, see
 * {@link ScoreSummary}.</li>
 * <li>The dataset-level indicators are added: keyword, theme, spatial, temporal, DCAT-AP compliance,
 * access rights, access rights from the vocabulary, contact point, publisher. The dataset's dct:issued
 * and dct:modified count only when the scored distribution lacks them, so each gives at most 5.</li>
 * <li>A dataset without distributions scores 0 on every distribution-level indicator.</li>
 * <li>An indicator that was not assessed (no link-check result for a URL; the record not validated)
 * earns nothing and is reported as {@link Outcome#NOT_ASSESSED}; {@link MqaScore#notAssessedPoints()}
 * says how many points that leaves open. The best distribution is chosen on the assessed points.</li>
 * </ol>
 * The band is that of the total ({@link MqaBand}).
 */
public final class MqaScorer {
    /** Scores the facts of a dataset. */
    public MqaScore score(DatasetFacts facts) {
        Optional<DistributionFacts> best = best(facts.distributions());
        List<IndicatorResult> results = new ArrayList<>();
        for (MqaIndicator indicator : MqaIndicator.values()) {
            results.add(switch (indicator.level()) {
                case DATASET -> IndicatorResult.of(indicator, facts.outcome(indicator), facts.dataset());
                case DISTRIBUTION -> best.map(d -> IndicatorResult.of(indicator, d.outcome(indicator), d.distribution()))
                        .orElse(IndicatorResult.of(indicator, Outcome.FAILED, facts.dataset()));
                case DISTRIBUTION_OR_DATASET -> best.filter(d -> d.outcome(indicator) == Outcome.PASSED)
                        .map(d -> IndicatorResult.of(indicator, Outcome.PASSED, d.distribution()))
                        .orElse(IndicatorResult.of(indicator, facts.outcome(indicator), facts.dataset()));
            });
        }
        return new MqaScore(facts.dataset(), best.map(DistributionFacts::distribution), results);
    }

    private static Optional<DistributionFacts> best(List<DistributionFacts> distributions) {
        DistributionFacts best = null;
        for (DistributionFacts distribution : distributions) {
            if (best == null || distribution.points() > best.points()) {
                best = distribution;
            }
        }
        return Optional.ofNullable(best);
    }
}
