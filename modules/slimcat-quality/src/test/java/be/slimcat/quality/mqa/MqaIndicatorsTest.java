// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.mqa;

import static be.slimcat.quality.Fixtures.dataset;
import static be.slimcat.quality.Fixtures.distribution;
import static be.slimcat.quality.mqa.MqaIndicator.ACCESS_RIGHTS;
import static be.slimcat.quality.mqa.MqaIndicator.ACCESS_RIGHTS_VOCABULARY;
import static be.slimcat.quality.mqa.MqaIndicator.FORMAT;
import static be.slimcat.quality.mqa.MqaIndicator.FORMAT_MEDIA_TYPE_VOCABULARY;
import static be.slimcat.quality.mqa.MqaIndicator.ISSUED;
import static be.slimcat.quality.mqa.MqaIndicator.KNOWN_LICENCE;
import static be.slimcat.quality.mqa.MqaIndicator.LICENCE;
import static be.slimcat.quality.mqa.MqaIndicator.MACHINE_READABLE;
import static be.slimcat.quality.mqa.MqaIndicator.MEDIA_TYPE;
import static be.slimcat.quality.mqa.MqaIndicator.MODIFIED;
import static be.slimcat.quality.mqa.MqaIndicator.NON_PROPRIETARY;
import static be.slimcat.quality.mqa.Outcome.FAILED;
import static be.slimcat.quality.mqa.Outcome.PASSED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;

import be.slimcat.quality.Conformance;
import be.slimcat.quality.Fixtures;
import be.slimcat.quality.LinkStatuses;

/** The outcomes of the indicators with rules beyond "present", on the fixtures in {@code mqa/variants.ttl}. */
class MqaIndicatorsTest {
    private static final Graph VARIANTS = Fixtures.graph("mqa/variants.ttl");

    private static Map<MqaIndicator, Outcome> outcomes(String slug, MqaIndicator... indicators) {
        MqaScore score = MqaScorerTest.score(VARIANTS, slug, Conformance.CONFORMS, LinkStatuses.none());
        Map<MqaIndicator, Outcome> outcomes = new EnumMap<>(MqaIndicator.class);
        for (MqaIndicator indicator : indicators) {
            outcomes.put(indicator, score.result(indicator).outcome());
        }
        return outcomes;
    }

    private static final MqaIndicator[] FORMATS = {FORMAT, MEDIA_TYPE, FORMAT_MEDIA_TYPE_VOCABULARY, NON_PROPRIETARY,
            MACHINE_READABLE};

    @Test
    void text_formats_are_present_but_count_for_no_list() {
        assertEquals(Map.of(FORMAT, PASSED, MEDIA_TYPE, PASSED, FORMAT_MEDIA_TYPE_VOCABULARY, FAILED, NON_PROPRIETARY, FAILED,
                MACHINE_READABLE, FAILED), outcomes("tekst", FORMATS));
    }

    @Test
    void the_vocabulary_indicator_needs_format_and_media_type_as_iris() {
        assertEquals(Map.of(FORMAT, PASSED, MEDIA_TYPE, PASSED, FORMAT_MEDIA_TYPE_VOCABULARY, FAILED, NON_PROPRIETARY, PASSED,
                MACHINE_READABLE, PASSED), outcomes("formaat-iri", FORMATS));
    }

    @Test
    void a_media_type_iri_alone_names_the_file_type() {
        assertEquals(Map.of(FORMAT, FAILED, MEDIA_TYPE, PASSED, FORMAT_MEDIA_TYPE_VOCABULARY, FAILED, NON_PROPRIETARY, PASSED,
                MACHINE_READABLE, PASSED), outcomes("mediatype-iri", FORMATS));
    }

    @Test
    void tsv_is_non_proprietary_but_not_on_the_machine_readable_list() {
        assertEquals(Map.of(FORMAT, PASSED, MEDIA_TYPE, PASSED, FORMAT_MEDIA_TYPE_VOCABULARY, PASSED, NON_PROPRIETARY, PASSED,
                MACHINE_READABLE, FAILED), outcomes("tsv", FORMATS));
    }

    @Test
    void xlsx_is_machine_readable_but_proprietary() {
        assertEquals(Map.of(NON_PROPRIETARY, FAILED, MACHINE_READABLE, PASSED), outcomes("xlsx", NON_PROPRIETARY, MACHINE_READABLE));
    }

    @Test
    void an_unregistered_media_type_is_from_no_vocabulary() {
        assertEquals(Map.of(FORMAT, PASSED, MEDIA_TYPE, PASSED, FORMAT_MEDIA_TYPE_VOCABULARY, FAILED, NON_PROPRIETARY, FAILED,
                MACHINE_READABLE, FAILED), outcomes("pdf", FORMATS));
    }

    @Test
    void the_flemish_licence_is_a_licence_but_not_from_the_eu_table() {
        assertEquals(Map.of(LICENCE, PASSED, KNOWN_LICENCE, FAILED), outcomes("vlaamse-licentie", LICENCE, KNOWN_LICENCE));
    }

    @Test
    void a_licence_on_the_dataset_does_not_count() {
        assertEquals(Map.of(LICENCE, FAILED, KNOWN_LICENCE, FAILED), outcomes("licentie-op-dataset", LICENCE, KNOWN_LICENCE));
    }

    @Test
    void access_rights_as_text_are_present_but_not_from_the_vocabulary() {
        assertEquals(Map.of(ACCESS_RIGHTS, PASSED, ACCESS_RIGHTS_VOCABULARY, FAILED),
                outcomes("toegang-tekst", ACCESS_RIGHTS, ACCESS_RIGHTS_VOCABULARY));
    }

    @Test
    void dates_count_from_the_distribution_or_else_the_dataset() {
        MqaScore score = MqaScorerTest.score(VARIANTS, "datums", Conformance.CONFORMS, LinkStatuses.none());
        assertEquals(List.of(PASSED, PASSED), List.of(score.result(ISSUED).outcome(), score.result(MODIFIED).outcome()));
        assertEquals(dataset("datums"), score.result(ISSUED).subject());
        assertEquals(distribution("datums"), score.result(MODIFIED).subject());
        assertEquals(10, score.points(MqaDimension.CONTEXTUALITY));
    }

    @Test
    void the_indicator_points_add_up_to_the_dimension_maxima() {
        Map<MqaDimension, Integer> sums = new EnumMap<>(MqaDimension.class);
        for (MqaIndicator indicator : MqaIndicator.values()) {
            sums.merge(indicator.dimension(), indicator.points(), Integer::sum);
        }
        assertEquals(Map.of(MqaDimension.FINDABILITY, 100, MqaDimension.ACCESSIBILITY, 100, MqaDimension.INTEROPERABILITY, 110,
                MqaDimension.REUSABILITY, 75, MqaDimension.CONTEXTUALITY, 20), sums);
        assertEquals(23, MqaIndicator.values().length);
    }
}
