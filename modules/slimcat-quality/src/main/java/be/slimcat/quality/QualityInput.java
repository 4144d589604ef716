// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * One record to assess and what the caller knows about it besides its metadata.
 *
 * @param graph            the record graph (the dataset, its distributions and their descriptions)
 * @param dataset          the dcat:Dataset node
 * @param sourceId         the harvest source it came from, if any
 * @param conformance      its DCAT-AP conformance, from the validation that ran before
 * @param links            link-check results for its URLs ({@link LinkStatuses#none()} when no check ran)
 * @param distributionData the own data of some distributions, read as RDF
 */
public record QualityInput(Graph graph, Node dataset, Optional<String> sourceId, Conformance conformance,
        LinkStatuses links, Map<Node, Graph> distributionData) {
    /** Checks the parts and keeps a copy of the data map. */
    public QualityInput {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(conformance, "conformance");
        Objects.requireNonNull(links, "links");
        distributionData = Map.copyOf(distributionData);
    }

    /** A record with no source, not validated, no link check and no distribution data. */
    public static QualityInput of(Graph graph, Node dataset) {
        return new QualityInput(graph, dataset, Optional.empty(), Conformance.NOT_VALIDATED, LinkStatuses.none(), Map.of());
    }

    /** This input with the harvest source it came from. */
    public QualityInput withSource(String id) {
        return new QualityInput(graph, dataset, Optional.of(id), conformance, links, distributionData);
    }

    /** This input with the record's DCAT-AP conformance. */
    public QualityInput withConformance(Conformance value) {
        return new QualityInput(graph, dataset, sourceId, value, links, distributionData);
    }

    /** This input with link-check results. */
    public QualityInput withLinks(LinkStatuses value) {
        return new QualityInput(graph, dataset, sourceId, conformance, value, distributionData);
    }

    /** This input with the own data of one distribution, read as RDF. */
    public QualityInput withData(Node distribution, Graph data) {
        Map<Node, Graph> more = new HashMap<>(distributionData);
        more.put(distribution, data);
        return new QualityInput(graph, dataset, sourceId, conformance, links, more);
    }
}
