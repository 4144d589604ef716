// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.ckan;

import java.time.Instant;
import java.util.Optional;

import be.slimcat.harvest.HarvestSource;

/**
 * When the last good run of a source started: an incremental harvest asks only for what changed
 * since then. The start (not the end) of that run, so that a change made while it ran is asked
 * for again.
 */
@FunctionalInterface
public interface LastGoodRun {
    /** The start of the source's last good run, if it had one. */
    Optional<Instant> startOf(HarvestSource source);

    /** No run is known: every harvest is a full one. */
    static LastGoodRun none() {
        return source -> Optional.empty();
    }
}
