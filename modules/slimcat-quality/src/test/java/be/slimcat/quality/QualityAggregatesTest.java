// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality;

import static be.slimcat.quality.Fixtures.dataset;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;

import be.slimcat.quality.mqa.IndicatorTally;
import be.slimcat.quality.mqa.MqaBand;
import be.slimcat.quality.mqa.MqaDimension;
import be.slimcat.quality.mqa.MqaIndicator;
import be.slimcat.quality.mqa.ScoreSummary;

/** Figures per source, publisher and catalogue: means of the hand-computed dataset scores. */
class QualityAggregatesTest {
    private static final QualityAssessor ASSESSOR = QualityAssessor.bundled();
    private static final Graph BANDS = Fixtures.graph("mqa/bands.ttl");

    private static List<RecordAssessment> bands() {
        LinkStatuses ok = Fixtures.allAnswer(BANDS, 200);
        return List.of(120, 125, 220, 225, 350, 355).stream()
                .map(total -> ASSESSOR.assess(QualityInput.of(BANDS, dataset("band-" + total)).withLinks(ok)
                        .withConformance(Conformance.CONFORMS).withSource(total < 225 ? "bron-a" : "bron-b")))
                .toList();
    }

    @Test
    void the_catalogue_figures_are_the_means_of_the_dataset_scores() {
        ScoreSummary all = QualityAggregates.catalogue(bands());
        assertEquals(6, all.datasets());
        assertEquals(1395 / 6.0, all.meanTotal(), 1e-9);
        assertEquals(MqaBand.GOOD, all.band());
        assertEquals(100 / 6.0, all.meanDimensions().get(MqaDimension.FINDABILITY), 1e-9);
        assertEquals(400 / 6.0, all.meanDimensions().get(MqaDimension.ACCESSIBILITY), 1e-9);
        assertEquals(90.0, all.meanDimensions().get(MqaDimension.INTEROPERABILITY), 1e-9);
        assertEquals(280 / 6.0, all.meanDimensions().get(MqaDimension.REUSABILITY), 1e-9);
        assertEquals(12.5, all.meanDimensions().get(MqaDimension.CONTEXTUALITY), 1e-9);
        assertEquals(0.0, all.meanNotAssessed(), 1e-9);
        assertEquals(new IndicatorTally(0, 6, 0), all.tallies().get(MqaIndicator.KEYWORD));
        assertEquals(new IndicatorTally(6, 0, 0), all.tallies().get(MqaIndicator.ACCESS_URL_STATUS));
        assertEquals(new IndicatorTally(2, 4, 0), all.tallies().get(MqaIndicator.DOWNLOAD_URL));
        assertEquals(new IndicatorTally(5, 1, 0), all.tallies().get(MqaIndicator.ISSUED));
        assertEquals(5 / 6.0, all.tallies().get(MqaIndicator.ISSUED).passRate(), 1e-9);
    }

    @Test
    void figures_per_source() {
        Map<String, ScoreSummary> sources = QualityAggregates.bySource(bands());
        assertEquals(Set.of("bron-a", "bron-b"), sources.keySet());
        assertEquals(155.0, sources.get("bron-a").meanTotal(), 1e-9);
        assertEquals(MqaBand.SUFFICIENT, sources.get("bron-a").band());
        assertEquals(310.0, sources.get("bron-b").meanTotal(), 1e-9);
        assertEquals(MqaBand.GOOD, sources.get("bron-b").band());
    }

    @Test
    void figures_per_publisher_with_records_without_publisher_under_the_empty_key() {
        Map<String, ScoreSummary> publishers = QualityAggregates.byPublisher(bands());
        assertEquals(List.of("", "https://data.slimcat.be/id/gemeente/44021"), List.copyOf(publishers.keySet()));
        assertEquals(172.5, publishers.get("").meanTotal(), 1e-9);
        assertEquals(MqaBand.SUFFICIENT, publishers.get("").band());
        assertEquals(352.5, publishers.get("https://data.slimcat.be/id/gemeente/44021").meanTotal(), 1e-9);
        assertEquals(MqaBand.EXCELLENT, publishers.get("https://data.slimcat.be/id/gemeente/44021").band());
    }

    @Test
    void blank_node_publishers_are_grouped_by_name_and_not_assessed_points_are_averaged() {
        Graph graph = Fixtures.graph("mqa/publishers.ttl");
        List<RecordAssessment> records = QualityAssessor.datasets(graph).stream()
                .map(d -> ASSESSOR.assess(QualityInput.of(graph, d).withConformance(Conformance.VIOLATES))).toList();
        assertEquals(Optional.of("Stad Gent"), records.get(0).publisher());
        Map<String, ScoreSummary> publishers = QualityAggregates.byPublisher(records);
        assertEquals(List.of("Stad Gent", "https://data.slimcat.be/id/gemeente/24062"), List.copyOf(publishers.keySet()));
        assertEquals(2, publishers.get("Stad Gent").datasets());
        assertEquals(35.0, publishers.get("Stad Gent").meanTotal(), 1e-9);
        assertEquals(50.0, publishers.get("Stad Gent").meanNotAssessed(), 1e-9);
        assertEquals(10.0, publishers.get("https://data.slimcat.be/id/gemeente/24062").meanTotal(), 1e-9);
        assertEquals(0.0, publishers.get("https://data.slimcat.be/id/gemeente/24062").meanNotAssessed(), 1e-9);
        assertEquals(new IndicatorTally(0, 1, 2), QualityAggregates.catalogue(records).tallies().get(MqaIndicator.ACCESS_URL_STATUS));
    }
}
