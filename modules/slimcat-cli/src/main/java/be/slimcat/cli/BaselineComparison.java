// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares the findings of a run with the baseline as they come, from any number of threads: a finding
 * whose key the baseline holds is still open, any other is new, and a baseline key no finding had is
 * fixed. Keeps the baseline's keys and the first {@value #SAMPLES} new findings, nothing per finding.
 */
final class BaselineComparison {
    static final int SAMPLES = 50;

    /**
     * The outcome.
     *
     * @param hasBaseline whether the operator accepted findings for this source
     * @param newCount    findings not in the baseline
     * @param openCount   findings the baseline holds
     * @param fixed       baseline findings that no longer occur, by label
     * @param newSamples  the labels of the first new findings to arrive, at most {@value #SAMPLES}, sorted
     */
    record Outcome(boolean hasBaseline, long newCount, long openCount, List<String> fixed, List<String> newSamples) {}

    private final Baseline baseline;
    private final Set<String> seen = new HashSet<>();
    private final List<String> newSamples = new ArrayList<>();
    private long newCount;
    private long openCount;

    BaselineComparison(Baseline baseline) {
        this.baseline = baseline;
    }

    /** Counts one finding of the run. */
    synchronized void add(FindingKey key) {
        if (baseline.accepted().containsKey(key.digest())) {
            openCount++;
            seen.add(key.digest());
        } else {
            newCount++;
            if (newSamples.size() < SAMPLES) {
                newSamples.add(key.label());
            }
        }
    }

    /** The comparison so far; the fixed findings sorted by label. */
    synchronized Outcome outcome() {
        List<String> fixed = baseline.accepted().entrySet().stream().filter(e -> !seen.contains(e.getKey()))
                .map(e -> e.getValue()).sorted().toList();
        return new Outcome(!baseline.isEmpty(), newCount, openCount, fixed, newSamples.stream().sorted().toList());
    }
}
