// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

import java.net.URI;

/**
 * A record or page that was rejected, or repaired, during a harvest.
 *
 * @param sourceId the source
 * @param page     the page URL it came from
 * @param recordId the record's identifier in the source, or "" for a whole page
 * @param excerpt  the start of the raw record (at most {@value #EXCERPT} characters)
 * @param reason   what was wrong and, for repairs, what was done
 * @param rejected true when the record (or page) was left out; false when it was repaired and kept
 */
public record RecordProblem(String sourceId, URI page, String recordId, String excerpt, String reason, boolean rejected) {
    /** The most characters of raw input kept in an excerpt. */
    public static final int EXCERPT = 300;

    /** Cuts raw input to an excerpt on one line. */
    public static String excerpt(String raw) {
        String oneLine = raw.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= EXCERPT ? oneLine : oneLine.substring(0, EXCERPT) + "…";
    }
}
