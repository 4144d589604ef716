// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

import java.util.Map;
import java.util.function.Function;

/**
 * How a run's records compare with the last good run, by content hash.
 *
 * @param added     records not there before
 * @param changed   records whose content differs
 * @param unchanged records with the same content
 * @param removed   records of the last good run that the source no longer has
 */
public record ChangeSummary(long added, long changed, long unchanged, long removed) {

    /** Compares the hashes by record identifier. */
    public static ChangeSummary between(Map<String, String> previous, Map<String, String> current) {
        return between(previous, current, Function.identity());
    }

    /** Compares the hashes by record identifier, taking each current record's hash with {@code hashOf}. */
    public static <T> ChangeSummary between(Map<String, String> previous, Map<String, T> current, Function<T, String> hashOf) {
        long added = 0;
        long changed = 0;
        long unchanged = 0;
        for (Map.Entry<String, T> e : current.entrySet()) {
            String before = previous.get(e.getKey());
            if (before == null) {
                added++;
            } else if (before.equals(hashOf.apply(e.getValue()))) {
                unchanged++;
            } else {
                changed++;
            }
        }
        long removed = previous.keySet().stream().filter(id -> !current.containsKey(id)).count();
        return new ChangeSummary(added, changed, unchanged, removed);
    }
}
