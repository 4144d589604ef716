// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality;

import org.apache.jena.graph.Node;

import be.slimcat.quality.mqa.ScoreAccumulator;

/**
 * Counts the figures of a group of records as they are assessed, from any number of threads, keeping
 * only sums: memory does not grow with the number of records.
 */
public final class GroupTally {
    private final ScoreAccumulator scores = new ScoreAccumulator();
    private long stars;
    private long violations;
    private long warnings;
    private long infos;

    /** Adds a scored dataset. */
    public synchronized void dataset(RecordAssessment assessment) {
        scores.add(assessment.score());
        stars += assessment.stars().level();
    }

    /** Adds the numbers of findings of a record, by severity. */
    public synchronized void findings(long violationCount, long warningCount, long infoCount) {
        violations += violationCount;
        warnings += warningCount;
        infos += infoCount;
    }

    /** The figures counted so far, about the given subject. */
    public synchronized GroupFigures figures(Node subject) {
        int datasets = scores.datasets();
        return new GroupFigures(subject, datasets, scores.summary().meanTotal(), datasets == 0 ? 0 : stars / (double) datasets,
                violations, warnings, infos);
    }
}
