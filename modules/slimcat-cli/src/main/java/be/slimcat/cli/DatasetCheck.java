// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;

import be.slimcat.quality.RecordAssessment;
import be.slimcat.quality.stars.StarReason;
import be.slimcat.validation.Finding;
import be.slimcat.validation.Severity;

/**
 * What {@code slimcat check} found for one dataset.
 *
 * @param dataset    the dataset
 * @param title      its dct:title in the report's language, else English, else any; the IRI when it has none
 * @param assessment its stars and MQA score, scored with the conformance the findings give
 * @param findings   its validation findings, violations first
 */
record DatasetCheck(Node dataset, String title, RecordAssessment assessment, List<Finding> findings) {
    DatasetCheck {
        findings = findings.stream().sorted(Comparator.comparing(Finding::severity)).toList();
    }

    /** The number of findings of a severity. */
    long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Whether the dataset has no violation. */
    boolean conforms() {
        return count(Severity.VIOLATION) == 0;
    }

    /** The dataset's number of stars. */
    int stars() {
        return assessment.stars().level();
    }

    /** Why the dataset did not get its next star; empty with five stars or without distributions. */
    Optional<StarReason> missedStar() {
        int level = stars();
        if (level == 5) {
            return Optional.empty();
        }
        return assessment.stars().best().map(best -> best.reason(level + 1));
    }
}
