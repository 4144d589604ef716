// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import be.slimcat.quality.QualityAggregates;
import be.slimcat.quality.mqa.FixSuggestion;
import be.slimcat.quality.mqa.ScoreSummary;
import be.slimcat.validation.Finding;
import be.slimcat.validation.Severity;

/**
 * What {@code slimcat check} found in a file or feed: every dataset, the findings of no dataset, and
 * the fixes worth most points over all datasets.
 *
 * @param source   the file or URL that was checked
 * @param datasets the datasets, in {@link be.slimcat.quality.DcatRecord#ORDER}
 * @param others   the findings on nodes of no dataset (such as the catalogue)
 * @param fixes    the fixes worth most points, best first (at most {@link #FIXES_SHOWN})
 * @param links    the HTTP status per checked URL (0: no answer), sorted by URL; empty when links were not checked
 */
record CatalogueCheck(String source, List<DatasetCheck> datasets, List<Finding> others, List<FixSuggestion> fixes,
        Optional<Map<String, Integer>> links) {
    /** How many fixes a report lists. */
    static final int FIXES_SHOWN = 10;

    CatalogueCheck {
        datasets = List.copyOf(datasets);
        others = List.copyOf(others);
        fixes = List.copyOf(fixes.subList(0, Math.min(FIXES_SHOWN, fixes.size())));
        links = links.map(l -> Collections.unmodifiableMap(new TreeMap<>(l)));
    }

    /** Whether the access and download URLs were checked. */
    boolean linksChecked() {
        return links.isPresent();
    }

    /** The findings of a severity, of the datasets and the others together. */
    long count(Severity severity) {
        return datasets.stream().mapToLong(d -> d.count(severity)).sum()
                + others.stream().filter(f -> f.severity() == severity).count();
    }

    /** The mean score, its band and the indicator tallies. */
    ScoreSummary summary() {
        return QualityAggregates.catalogue(datasets.stream().map(DatasetCheck::assessment).toList());
    }

    /** The number of datasets with 0, 1, ... 5 stars. */
    int[] starsDistribution() {
        int[] counts = new int[6];
        datasets.forEach(d -> counts[d.stars()]++);
        return counts;
    }

    /** Whether nothing checked has a violation. */
    boolean conforms() {
        return count(Severity.VIOLATION) == 0;
    }
}
