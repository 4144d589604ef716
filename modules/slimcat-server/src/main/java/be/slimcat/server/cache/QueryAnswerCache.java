// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.cache;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Answers by request, for one version of the data at a time, within a memory budget: the least recently
 * used answers go first when the budget is spent, and all of them go when the data changes.
 * Thread-safe.
 */
final class QueryAnswerCache {
    private final long budget;
    private final long largestAnswer;
    private final Map<QueryRequestKey, CachedAnswer> answers = new LinkedHashMap<>(64, 0.75f, true);
    private Object version;
    private long used;

    /**
     * @param budget the bytes all answers may take together
     * @param largestAnswer the largest answer (in bytes) worth keeping
     */
    QueryAnswerCache(long budget, long largestAnswer) {
        this.budget = budget;
        this.largestAnswer = Math.min(largestAnswer, budget);
    }

    /** The largest answer (in bytes) the cache keeps. */
    long largestAnswer() {
        return largestAnswer;
    }

    /** The answer kept for the request on this version of the data, if any. */
    synchronized Optional<CachedAnswer> get(QueryRequestKey key, Object dataVersion) {
        if (!dataVersion.equals(version)) {
            return Optional.empty();
        }
        return Optional.ofNullable(answers.get(key));
    }

    /**
     * Keeps the answer computed on this version of the data; the answers of any other version are dropped
     * (callers put only answers of the current version, so a different one is a newer one).
     */
    synchronized void put(QueryRequestKey key, Object dataVersion, CachedAnswer answer) {
        long size = answer.size();
        if (size > largestAnswer) {
            return;
        }
        if (!dataVersion.equals(version)) {
            answers.clear();
            used = 0;
            version = dataVersion;
        }
        CachedAnswer replaced = answers.put(key, answer);
        used += size - (replaced == null ? 0 : replaced.size());
        Iterator<CachedAnswer> oldest = answers.values().iterator();
        while (used > budget && oldest.hasNext()) {
            used -= oldest.next().size();
            oldest.remove();
        }
    }

    /** The number of answers kept. */
    synchronized int size() {
        return answers.size();
    }
}
