// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

/** Told after every page of a run how far it got, e.g. to draw a progress line on a terminal. */
@FunctionalInterface
public interface HarvestProgress {
    /** Reports nothing. */
    HarvestProgress NONE = (source, pages, records) -> { };

    /** The run of {@code sourceId} has read {@code pages} pages and staged {@code records} records so far. */
    void update(String sourceId, int pages, int records);
}
