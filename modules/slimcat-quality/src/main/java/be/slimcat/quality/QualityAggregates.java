// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

import be.slimcat.quality.mqa.MqaScore;
import be.slimcat.quality.mqa.ScoreSummary;

/**
 * MQA figures per publisher, per harvest source and for the whole catalogue ({@link ScoreSummary}: mean
 * of the dataset scores, band of the mean, indicator tallies). Records without a publisher or source are
 * grouped under the empty key "".
 */
public final class QualityAggregates {
    private QualityAggregates() {}

    /** The figures of all records. */
    public static ScoreSummary catalogue(Collection<RecordAssessment> records) {
        return ScoreSummary.of(records.stream().map(RecordAssessment::score).toList());
    }

    /** The figures per publisher (IRI, or the name of a blank-node publisher), sorted by key. */
    public static SortedMap<String, ScoreSummary> byPublisher(Collection<RecordAssessment> records) {
        return groupBy(records, RecordAssessment::publisher);
    }

    /** The figures per harvest source, sorted by source identifier. */
    public static SortedMap<String, ScoreSummary> bySource(Collection<RecordAssessment> records) {
        return groupBy(records, RecordAssessment::sourceId);
    }

    private static SortedMap<String, ScoreSummary> groupBy(Collection<RecordAssessment> records,
            Function<RecordAssessment, Optional<String>> key) {
        SortedMap<String, List<MqaScore>> groups = new TreeMap<>();
        for (RecordAssessment record : records) {
            groups.computeIfAbsent(key.apply(record).orElse(""), k -> new ArrayList<>()).add(record.score());
        }
        SortedMap<String, ScoreSummary> summaries = new TreeMap<>();
        groups.forEach((k, scores) -> summaries.put(k, ScoreSummary.of(scores)));
        return Collections.unmodifiableSortedMap(summaries);
    }
}
