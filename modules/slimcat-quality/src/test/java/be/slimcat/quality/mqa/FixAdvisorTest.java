// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.mqa;

import static be.slimcat.quality.Fixtures.dataset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;

import be.slimcat.quality.Conformance;
import be.slimcat.quality.Fixtures;
import be.slimcat.quality.LinkStatuses;
import be.slimcat.quality.QualityAssessor;
import be.slimcat.quality.QualityInput;
import be.slimcat.quality.RecordAssessment;

/** Fixes ranked by points over the records of {@code mqa/fixes.ttl} (gains worked out in its comments). */
class FixAdvisorTest {
    private static final QualityAssessor ASSESSOR = QualityAssessor.bundled();
    private static final Graph FIXES = Fixtures.graph("mqa/fixes.ttl");

    private static List<RecordAssessment> assess(String... slugs) {
        LinkStatuses ok = Fixtures.allAnswer(FIXES, 200);
        return List.of(slugs).stream().map(s -> ASSESSOR.assess(QualityInput.of(FIXES, dataset(s)).withLinks(ok)
                .withConformance(Conformance.CONFORMS))).toList();
    }

    @Test
    void fixes_are_ranked_by_the_points_they_gain() {
        List<RecordAssessment> records = assess("fix-een", "fix-twee", "fix-drie");
        assertEquals(List.of(355, 335, 375), records.stream().map(r -> r.score().total()).toList());
        List<FixSuggestion> fixes = ASSESSOR.fixes(records);
        assertEquals(List.of(
                new FixSuggestion(MqaIndicator.KEYWORD, 2, 0, 30, 30, 60,
                        "voeg trefwoorden (dcat:keyword) toe (2 datasets): +30 punten per dataset, +60 in totaal",
                        "add keywords (dcat:keyword) (2 datasets): +30 points per dataset, +60 in total"),
                new FixSuggestion(MqaIndicator.TEMPORAL, 1, 0, 20, 20, 20,
                        "voeg een temporele dekking (dct:temporal) toe (1 dataset): +20 punten per dataset, +20 in totaal",
                        "add a temporal coverage (dct:temporal) (1 dataset): +20 points per dataset, +20 in total"),
                new FixSuggestion(MqaIndicator.MEDIA_TYPE, 2, 3, 10, 10, 20,
                        "voeg het mediatype (dcat:mediaType) toe (3 distributies in 2 datasets): +10 punten per dataset, +20 in totaal",
                        "add the media type (dcat:mediaType) (3 distributions in 2 datasets): +10 points per dataset, +20 in total"),
                new FixSuggestion(MqaIndicator.FORMAT_MEDIA_TYPE_VOCABULARY, 2, 3, 10, 10, 20,
                        "gebruik een IRI van de EU-tabel file-type voor dct:format én een IANA-IRI voor dcat:mediaType "
                                + "(3 distributies in 2 datasets): +10 punten per dataset, +20 in totaal",
                        "use an IRI of the EU file-type table for dct:format and an IANA IRI for dcat:mediaType "
                                + "(3 distributions in 2 datasets): +10 points per dataset, +20 in total"),
                new FixSuggestion(MqaIndicator.CONTACT_POINT, 1, 0, 20, 20, 20,
                        "voeg een contactpunt (dcat:contactPoint) toe (1 dataset): +20 punten per dataset, +20 in totaal",
                        "add a contact point (dcat:contactPoint) (1 dataset): +20 points per dataset, +20 in total"),
                new FixSuggestion(MqaIndicator.KNOWN_LICENCE, 1, 1, 10, 10, 10,
                        "gebruik een licentie uit de EU-tabel licence (bv. CC BY 4.0) voor dct:license "
                                + "(1 distributie in 1 dataset): +10 punten per dataset, +10 in totaal",
                        "use a licence of the EU licence table (e.g. CC BY 4.0) for dct:license "
                                + "(1 distribution in 1 dataset): +10 points per dataset, +10 in total")), fixes);
    }

    @Test
    void a_fix_gains_only_what_rescoring_gives() {
        List<FixSuggestion> fixes = ASSESSOR.fixes(assess("fix-vier", "fix-vijf"));
        FixSuggestion licence = fixes.stream().filter(f -> f.indicator() == MqaIndicator.LICENCE).findFirst().orElseThrow();
        assertEquals(new FixSuggestion(MqaIndicator.LICENCE, 2, 2, 5, 20, 25,
                "voeg een licentie (dct:license) toe aan de distributie (2 distributies in 2 datasets): "
                        + "+5 tot +20 punten per dataset, +25 in totaal",
                "add a licence (dct:license) to the distribution (2 distributions in 2 datasets): "
                        + "+5 to +20 points per dataset, +25 in total"), licence);
    }

    @Test
    void indicators_that_were_not_assessed_are_never_suggested() {
        Graph complete = Fixtures.graph("mqa/complete.ttl");
        RecordAssessment bare = ASSESSOR.assess(QualityInput.of(complete, dataset("kaal")));
        List<MqaIndicator> suggested = ASSESSOR.fixes(List.of(bare)).stream().map(FixSuggestion::indicator).toList();
        assertTrue(!suggested.contains(MqaIndicator.ACCESS_URL_STATUS), suggested.toString());
        assertTrue(!suggested.contains(MqaIndicator.DCAT_AP_COMPLIANCE), suggested.toString());
        assertEquals(MqaIndicator.KEYWORD, suggested.get(0));
        assertEquals(List.of(MqaIndicator.KEYWORD, MqaIndicator.THEME, MqaIndicator.DOWNLOAD_URL_STATUS,
                MqaIndicator.SPATIAL, MqaIndicator.TEMPORAL, MqaIndicator.DOWNLOAD_URL, MqaIndicator.FORMAT,
                MqaIndicator.NON_PROPRIETARY, MqaIndicator.MACHINE_READABLE, MqaIndicator.LICENCE,
                MqaIndicator.CONTACT_POINT, MqaIndicator.MEDIA_TYPE, MqaIndicator.FORMAT_MEDIA_TYPE_VOCABULARY,
                MqaIndicator.KNOWN_LICENCE, MqaIndicator.ACCESS_RIGHTS, MqaIndicator.PUBLISHER,
                MqaIndicator.ACCESS_RIGHTS_VOCABULARY, MqaIndicator.RIGHTS, MqaIndicator.BYTE_SIZE, MqaIndicator.ISSUED,
                MqaIndicator.MODIFIED), suggested);
    }
}
