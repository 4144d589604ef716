// SPDX-License-Identifier: Apache-2.0
package be.slimcat.reliability.fuzz;

import java.util.regex.Pattern;

import be.slimcat.harvest.HarvestedRecord;
import be.slimcat.harvest.RecordProblem;
import be.slimcat.harvest.normalise.RecordNormaliser;
import be.slimcat.reliability.PropertyTally;

/**
 * What every fuzz test shares: the count of inputs tried (printed as the property's trials when the test
 * class ends; a finding stops the fuzzer and fails the test, so a printed tally has no failure) and the
 * checks of what a mapper gives back.
 */
final class FuzzTally {
    /** A Java exception named in a message: a crash caught by a safety net rather than a clear error. */
    private static final Pattern EXCEPTION = Pattern.compile("\\b(java|javax|com|org)\\.[\\w.]+\\.\\w*(Exception|Error)\\b");

    private final PropertyTally tally;

    FuzzTally(String property) {
        tally = new PropertyTally(property);
    }

    /** Counts one input. */
    void tried() {
        tally.passed();
    }

    /** Prints the tally. */
    void report() {
        tally.figure("coverage-guided by Jazzer for %s s (-Dreliability.fuzz.seconds); a crash or hang stops it and fails the build",
                System.getProperty("jazzer.internal.arg.1", "=?").replaceAll(".*=", ""));
        tally.report();
    }

    /** Normalises a mapped record as the harvester does; a crash there is a finding. */
    static void normalise(String sourceId, HarvestedRecord record) {
        clear(new RecordNormaliser(sourceId).normalise(record).problems().stream().map(RecordProblem::reason).toList());
    }

    /** Fails when a problem's reason is a Java exception instead of a clear message. */
    static void clear(Iterable<String> reasons) {
        for (String reason : reasons) {
            if (EXCEPTION.matcher(reason).find()) {
                throw new AssertionError("a problem reported as a Java exception, not a clear message: " + reason);
            }
        }
    }

    static void clearProblems(Iterable<RecordProblem> problems) {
        java.util.List<String> reasons = new java.util.ArrayList<>();
        problems.forEach(p -> reasons.add(p.reason()));
        clear(reasons);
    }
}
