// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

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
    public static ChangeSummary ofReplacement(PreviousHarvest previous, StagedRecords current) {
        long changed = current.count(StagedRecords.Change.CHANGED);
        long unchanged = current.count(StagedRecords.Change.UNCHANGED);
        return new ChangeSummary(current.count(StagedRecords.Change.ADDED), changed, unchanged,
                previous.size() - changed - unchanged);
    }

    /** What merging the run's records into the source's graph changes: records it did not bring stay. */
    public static ChangeSummary ofMerge(PreviousHarvest previous, StagedRecords current) {
        long changed = current.count(StagedRecords.Change.CHANGED);
        return new ChangeSummary(current.count(StagedRecords.Change.ADDED), changed, previous.size() - changed, 0);
    }
}
