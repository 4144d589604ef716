// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

import java.util.Map;

/**
 * How a run's records compare with what the source's graph held, by content digest.
 *
 * @param added     records not there before
 * @param changed   records whose content differs
 * @param unchanged records with the same content (for a run that does not see the whole source:
 *                  also the records it did not bring, which stay as they are)
 * @param removed   records the source no longer has (always 0 for a run that does not see the whole source)
 */
public record ChangeSummary(long added, long changed, long unchanged, long removed) {

    /** No change. */
    public static final ChangeSummary NONE = new ChangeSummary(0, 0, 0, 0);

    /** What replacing the source's graph with the run's records changes. */
    public static ChangeSummary ofReplacement(PreviousHarvest previous, Map<String, StagedRecords.Staged> current) {
        ChangeSummary brought = compare(previous, current);
        long removed = previous.digests().keySet().stream().filter(id -> !current.containsKey(id)).count();
        return new ChangeSummary(brought.added, brought.changed, brought.unchanged, removed);
    }

    /** What merging the run's records into the source's graph changes: records it did not bring stay. */
    public static ChangeSummary ofMerge(PreviousHarvest previous, Map<String, StagedRecords.Staged> current) {
        ChangeSummary brought = compare(previous, current);
        long kept = previous.digests().keySet().stream().filter(id -> !current.containsKey(id)).count();
        return new ChangeSummary(brought.added, brought.changed, brought.unchanged + kept, 0);
    }

    private static ChangeSummary compare(PreviousHarvest previous, Map<String, StagedRecords.Staged> current) {
        long added = 0;
        long changed = 0;
        long unchanged = 0;
        for (Map.Entry<String, StagedRecords.Staged> e : current.entrySet()) {
            RecordDigest before = previous.digest(e.getKey());
            if (before == null) {
                added++;
            } else if (before.equals(e.getValue().digest())) {
                unchanged++;
            } else {
                changed++;
            }
        }
        return new ChangeSummary(added, changed, unchanged, 0);
    }
}
