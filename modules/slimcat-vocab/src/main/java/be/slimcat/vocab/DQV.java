// SPDX-License-Identifier: Apache-2.0
package be.slimcat.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the W3C Data Quality Vocabulary (https://www.w3.org/TR/vocab-dqv/) that SlimCat uses
 * (Jena 5.6 ships no DQV vocabulary class).
 */
public final class DQV {
    /** The DQV namespace. */
    public static final String NS = "http://www.w3.org/ns/dqv#";

    /** The namespace as a string. */
    public static String getURI() {
        return NS;
    }

    /** A measure of a quality metric on a resource. */
    public static final Resource QualityMeasurement = resource("QualityMeasurement");
    /** A standard to measure a quality dimension. */
    public static final Resource Metric = resource("Metric");
    /** A quality-related characteristic of a resource. */
    public static final Resource Dimension = resource("Dimension");
    /** A group of quality dimensions. */
    public static final Resource Category = resource("Category");
    /** The resource a measurement was computed on. */
    public static final Property computedOn = property("computedOn");
    /** The metric a measurement measures. */
    public static final Property isMeasurementOf = property("isMeasurementOf");
    /** The value a measurement computed. */
    public static final Property value = property("value");
    /** The dimension a metric measures. */
    public static final Property inDimension = property("inDimension");
    /** The category a dimension belongs to. */
    public static final Property inCategory = property("inCategory");
    /** The datatype of a metric's values. */
    public static final Property expectedDataType = property("expectedDataType");

    private static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NS + localName);
    }

    private DQV() {}
}
