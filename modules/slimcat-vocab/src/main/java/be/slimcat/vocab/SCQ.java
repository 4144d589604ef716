// SPDX-License-Identifier: Apache-2.0
package be.slimcat.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * SlimCat's quality metrics and dimensions ({@code ontologies/quality.ttl}): DQV metrics for the
 * five-star rating and the MQA-compatible score, and the terms of the link-check cache. Field names are
 * the local names.
 */
public final class SCQ {
    /** The namespace of the quality vocabulary. */
    public static final String NS = "https://data.slimcat.be/ns/quality#";

    /** The namespace as a string. */
    public static String getURI() {
        return NS;
    }

    /** Category: the five-star open data scheme. */
    public static final Resource fiveStarOpenData = resource("fiveStarOpenData");
    /** Category: the data.europa.eu Metadata Quality Assessment. */
    public static final Resource mqa = resource("mqa");

    /** Dimension: openness in the five-star scheme. */
    public static final Resource openness = resource("openness");
    /** Dimension: MQA findability. */
    public static final Resource findability = resource("findability");
    /** Dimension: MQA accessibility. */
    public static final Resource accessibility = resource("accessibility");
    /** Dimension: MQA interoperability. */
    public static final Resource interoperability = resource("interoperability");
    /** Dimension: MQA reusability. */
    public static final Resource reusability = resource("reusability");
    /** Dimension: MQA contextuality. */
    public static final Resource contextuality = resource("contextuality");
    /** Dimension: the MQA score as a whole. */
    public static final Resource overallMetadataQuality = resource("overallMetadataQuality");

    /** Metric: stars (0-5) of a dataset or distribution. */
    public static final Resource starRating = resource("starRating");
    /** Metric: MQA findability points (0-100). */
    public static final Resource findabilityScore = resource("findabilityScore");
    /** Metric: MQA accessibility points (0-100). */
    public static final Resource accessibilityScore = resource("accessibilityScore");
    /** Metric: MQA interoperability points (0-110). */
    public static final Resource interoperabilityScore = resource("interoperabilityScore");
    /** Metric: MQA reusability points (0-75). */
    public static final Resource reusabilityScore = resource("reusabilityScore");
    /** Metric: MQA contextuality points (0-20). */
    public static final Resource contextualityScore = resource("contextualityScore");
    /** Metric: MQA total points (0-405). */
    public static final Resource mqaScore = resource("mqaScore");
    /** Metric: MQA rating band (excellent, good, sufficient, bad). */
    public static final Resource mqaBand = resource("mqaBand");
    /** Metric: MQA points not assessed (link checks not run, record not validated). */
    public static final Resource mqaNotAssessedPoints = resource("mqaNotAssessedPoints");

    /** Metric of a group of datasets: how many were scored in a run. */
    public static final Resource assessedDatasets = resource("assessedDatasets");
    /** Metric of a group of datasets: the mean MQA score (xsd:decimal). */
    public static final Resource meanMqaScore = resource("meanMqaScore");
    /** Metric of a group of datasets: the mean star rating (xsd:decimal). */
    public static final Resource meanStarRating = resource("meanStarRating");
    /** Metric of a group: the number of SHACL violations. */
    public static final Resource violationCount = resource("violationCount");
    /** Metric of a group: the number of SHACL warnings. */
    public static final Resource warningCount = resource("warningCount");
    /** Metric of a group: the number of SHACL infos. */
    public static final Resource infoCount = resource("infoCount");
    /** Dimension: conformance to the layered shapes. */
    public static final Resource conformance = resource("conformance");
    /** Category: SHACL validation. */
    public static final Resource shaclValidation = resource("shaclValidation");
    /** The record a sh:ValidationReport is about. */
    public static final Property validates = property("validates");

    /** What identifies a finding from run to run (see the CLI's baseline). */
    public static final Property findingKey = property("findingKey");
    /** Class of the findings an operator accepted for a source: its baseline. */
    public static final Resource AcceptedFinding = resource("AcceptedFinding");
    /** Class: the result of checking one URL (the link-check cache, {@code {base}/graph/link-checks}). */
    public static final Resource LinkCheck = resource("LinkCheck");
    /** Property: the URL a link check asked for ({@code xsd:anyURI}). */
    public static final Property checkedUrl = property("checkedUrl");
    /** Property: the HTTP status of the final answer after redirects, 0 when no HTTP answer came ({@code xsd:integer}). */
    public static final Property httpStatus = property("httpStatus");
    /** Property: when the URL was checked ({@code xsd:dateTime}). */
    public static final Property checkedAt = property("checkedAt");

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NS + localName);
    }

    private static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private SCQ() {}
}
