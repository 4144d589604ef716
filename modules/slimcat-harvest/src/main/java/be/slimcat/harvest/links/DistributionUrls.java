// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.links;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.DCAT;

import be.slimcat.quality.DcatRecord;
import be.slimcat.quality.QualityAssessor;

/**
 * The URLs a link check asks for: the http(s) dcat:accessURL and dcat:downloadURL values of the
 * distributions of a graph's datasets, read as the MQA status indicators read them
 * ({@link DcatRecord#webUrl}). Each URL once, however many distributions share it.
 */
public final class DistributionUrls {
    private static final Property[] URL_PROPERTIES = {DCAT.accessURL, DCAT.downloadURL};

    private DistributionUrls() {}

    /** The URLs of the graph's distributions, sorted. */
    public static SortedSet<String> of(Graph graph) {
        SortedSet<String> urls = new TreeSet<>();
        for (Node dataset : QualityAssessor.datasets(graph)) {
            DcatRecord record = new DcatRecord(graph, dataset);
            for (Node distribution : record.distributions()) {
                for (Property property : URL_PROPERTIES) {
                    record.values(distribution, property).forEach(v -> DcatRecord.webUrl(v).ifPresent(urls::add));
                }
            }
        }
        return Collections.unmodifiableSortedSet(urls);
    }
}
