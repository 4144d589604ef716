// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.mqa;

import static be.slimcat.quality.Fixtures.dataset;
import static be.slimcat.quality.Fixtures.distribution;
import static be.slimcat.quality.mqa.MqaDimension.ACCESSIBILITY;
import static be.slimcat.quality.mqa.MqaDimension.CONTEXTUALITY;
import static be.slimcat.quality.mqa.MqaDimension.FINDABILITY;
import static be.slimcat.quality.mqa.MqaDimension.INTEROPERABILITY;
import static be.slimcat.quality.mqa.MqaDimension.REUSABILITY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;

import be.slimcat.quality.Conformance;
import be.slimcat.quality.Fixtures;
import be.slimcat.quality.LinkStatuses;
import be.slimcat.quality.QualityAssessor;
import be.slimcat.quality.QualityInput;

/** Hand-computed MQA scores of the fixtures in {@code mqa/} (points worked out in their comments). */
class MqaScorerTest {
    private static final QualityAssessor ASSESSOR = QualityAssessor.bundled();
    private static final Graph COMPLETE = Fixtures.graph("mqa/complete.ttl");
    private static final Graph BANDS = Fixtures.graph("mqa/bands.ttl");
    private static final Graph BEST = Fixtures.graph("mqa/best-distribution.ttl");

    static MqaScore score(Graph graph, String slug, Conformance conformance, LinkStatuses links) {
        return ASSESSOR.assess(QualityInput.of(graph, dataset(slug)).withConformance(conformance).withLinks(links)).score();
    }

    private static Map<MqaDimension, Integer> points(int f, int a, int i, int r, int c) {
        return Map.of(FINDABILITY, f, ACCESSIBILITY, a, INTEROPERABILITY, i, REUSABILITY, r, CONTEXTUALITY, c);
    }

    @Test
    void a_complete_record_scores_405_and_is_excellent() {
        MqaScore score = score(COMPLETE, "volledig", Conformance.CONFORMS, Fixtures.allAnswer(COMPLETE, 200));
        assertEquals(points(100, 100, 110, 75, 20), score.dimensionPoints());
        assertEquals(405, score.total());
        assertEquals(0, score.notAssessedPoints());
        assertEquals(MqaBand.EXCELLENT, score.band());
        assertEquals(Optional.of(distribution("volledig-csv")), score.scoredDistribution());
        assertEquals(List.of(), score.results().stream().filter(r -> r.outcome() != Outcome.PASSED).toList());
        assertEquals(distribution("volledig-csv"), score.result(MqaIndicator.ISSUED).subject());
        assertEquals(dataset("volledig"), score.result(MqaIndicator.KEYWORD).subject());
    }

    @Test
    void without_link_checks_and_validation_those_points_are_not_assessed() {
        MqaScore score = score(COMPLETE, "volledig", Conformance.NOT_VALIDATED, LinkStatuses.none());
        assertEquals(points(100, 20, 80, 75, 20), score.dimensionPoints());
        assertEquals(295, score.total());
        assertEquals(110, score.notAssessedPoints());
        assertEquals(MqaBand.GOOD, score.band());
        assertEquals(List.of(MqaIndicator.ACCESS_URL_STATUS, MqaIndicator.DOWNLOAD_URL_STATUS, MqaIndicator.DCAT_AP_COMPLIANCE),
                score.results().stream().filter(r -> r.outcome() == Outcome.NOT_ASSESSED).map(IndicatorResult::indicator).toList());
    }

    @Test
    void a_partial_link_check_leaves_only_the_unchecked_url_not_assessed() {
        MqaScore score = score(COMPLETE, "volledig", Conformance.CONFORMS,
                LinkStatuses.of(Map.of("https://data.gent.example/parkeren", 200)));
        assertEquals(points(100, 70, 110, 75, 20), score.dimensionPoints());
        assertEquals(375, score.total());
        assertEquals(30, score.notAssessedPoints());
        assertEquals(Outcome.NOT_ASSESSED, score.result(MqaIndicator.DOWNLOAD_URL_STATUS).outcome());
    }

    @Test
    void urls_that_do_not_answer_2xx_fail() {
        MqaScore score = score(COMPLETE, "volledig", Conformance.VIOLATES, LinkStatuses.of(Map.of(
                "https://data.gent.example/parkeren", 301, "https://data.gent.example/parkeren.csv", 0)));
        assertEquals(points(100, 20, 80, 75, 20), score.dimensionPoints());
        assertEquals(0, score.notAssessedPoints());
        assertEquals(Outcome.FAILED, score.result(MqaIndicator.ACCESS_URL_STATUS).outcome());
        assertEquals(Outcome.FAILED, score.result(MqaIndicator.DOWNLOAD_URL_STATUS).outcome());
        assertEquals(Outcome.FAILED, score.result(MqaIndicator.DCAT_AP_COMPLIANCE).outcome());
    }

    @Test
    void a_bare_record_scores_nothing() {
        MqaScore unchecked = score(COMPLETE, "kaal", Conformance.NOT_VALIDATED, LinkStatuses.none());
        assertEquals(0, unchecked.total());
        assertEquals(80, unchecked.notAssessedPoints());
        assertEquals(MqaBand.BAD, unchecked.band());
        assertEquals(Outcome.FAILED, unchecked.result(MqaIndicator.DOWNLOAD_URL_STATUS).outcome());
        MqaScore checked = score(COMPLETE, "kaal", Conformance.VIOLATES, Fixtures.allAnswer(COMPLETE, 404));
        assertEquals(0, checked.total());
        assertEquals(0, checked.notAssessedPoints());
        assertEquals(List.of(), checked.results().stream().filter(r -> r.outcome() != Outcome.FAILED).toList());
    }

    @Test
    void scores_at_the_band_boundaries() {
        LinkStatuses ok = Fixtures.allAnswer(BANDS, 200);
        List<Integer> totals = Arrays.asList(120, 125, 220, 225, 350, 355);
        List<MqaBand> bands = List.of(MqaBand.BAD, MqaBand.SUFFICIENT, MqaBand.SUFFICIENT, MqaBand.GOOD, MqaBand.GOOD,
                MqaBand.EXCELLENT);
        for (int i = 0; i < totals.size(); i++) {
            MqaScore score = score(BANDS, "band-" + totals.get(i), Conformance.CONFORMS, ok);
            assertEquals(totals.get(i), score.total(), "band-" + totals.get(i));
            assertEquals(bands.get(i), score.band(), "band-" + totals.get(i));
        }
        assertEquals(points(0, 50, 50, 20, 0), score(BANDS, "band-120", Conformance.CONFORMS, ok).dimensionPoints());
        assertEquals(points(0, 50, 110, 45, 15), score(BANDS, "band-220", Conformance.CONFORMS, ok).dimensionPoints());
        assertEquals(points(50, 100, 110, 75, 15), score(BANDS, "band-350", Conformance.CONFORMS, ok).dimensionPoints());
    }

    @Test
    void band_bounds_follow_the_published_ranges() {
        assertEquals(MqaBand.BAD, MqaBand.of(0));
        assertEquals(MqaBand.BAD, MqaBand.of(120));
        assertEquals(MqaBand.BAD, MqaBand.of(120.5));
        assertEquals(MqaBand.SUFFICIENT, MqaBand.of(121));
        assertEquals(MqaBand.SUFFICIENT, MqaBand.of(220));
        assertEquals(MqaBand.GOOD, MqaBand.of(221));
        assertEquals(MqaBand.GOOD, MqaBand.of(350.99));
        assertEquals(MqaBand.EXCELLENT, MqaBand.of(351));
        assertEquals(MqaBand.EXCELLENT, MqaBand.of(405));
    }

    @Test
    void only_the_distribution_with_most_points_is_scored() {
        MqaScore score = score(BEST, "twee-distributies", Conformance.VIOLATES, Fixtures.allAnswer(BEST, 200));
        assertEquals(Optional.of(distribution("twee-a-csv")), score.scoredDistribution());
        assertEquals(points(30, 50, 80, 30, 0), score.dimensionPoints());
        assertEquals(190, score.total());
        assertEquals(MqaBand.SUFFICIENT, score.band());
        assertEquals(Outcome.FAILED, score.result(MqaIndicator.BYTE_SIZE).outcome());
        assertEquals(Outcome.FAILED, score.result(MqaIndicator.ISSUED).outcome());
    }

    @Test
    void on_a_tie_the_first_distribution_in_iri_order_is_scored() {
        LinkStatuses links = LinkStatuses.of(Map.of("https://example.org/gelijk-a", 200, "https://example.org/gelijk-b", 404,
                "https://example.org/gelijk-b.xlsx", 404));
        MqaScore score = score(BEST, "gelijkspel", Conformance.VIOLATES, links);
        assertEquals(Optional.of(distribution("gelijk-a")), score.scoredDistribution());
        assertEquals(points(0, 50, 20, 0, 0), score.dimensionPoints());
        assertEquals(70, score.total());
    }

    @Test
    void a_dataset_without_distributions_keeps_only_dataset_points() {
        MqaScore score = score(BEST, "zonder-distributie", Conformance.CONFORMS, LinkStatuses.none());
        assertEquals(Optional.empty(), score.scoredDistribution());
        assertEquals(points(0, 0, 30, 0, 10), score.dimensionPoints());
        assertEquals(0, score.notAssessedPoints());
        assertEquals(dataset("zonder-distributie"), score.result(MqaIndicator.FORMAT).subject());
        assertEquals(Outcome.FAILED, score.result(MqaIndicator.ACCESS_URL_STATUS).outcome());
    }
}
