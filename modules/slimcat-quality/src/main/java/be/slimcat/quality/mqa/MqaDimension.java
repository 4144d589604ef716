// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.mqa;

import org.apache.jena.rdf.model.Resource;

import be.slimcat.vocab.SCQ;

/** The five dimensions of data.europa.eu's MQA and their maximum points (405 together). */
public enum MqaDimension {
    /** Findability, at most 100 points. */
    FINDABILITY(100, "vindbaarheid", "findability", SCQ.findabilityScore),
    /** Accessibility, at most 100 points. */
    ACCESSIBILITY(100, "toegankelijkheid", "accessibility", SCQ.accessibilityScore),
    /** Interoperability, at most 110 points. */
    INTEROPERABILITY(110, "interoperabiliteit", "interoperability", SCQ.interoperabilityScore),
    /** Reusability, at most 75 points. */
    REUSABILITY(75, "herbruikbaarheid", "reusability", SCQ.reusabilityScore),
    /** Contextuality, at most 20 points. */
    CONTEXTUALITY(20, "context", "contextuality", SCQ.contextualityScore);

    /** The maximum of the MQA score: 405 points. */
    public static final int MAX_TOTAL = 405;

    private final int max;
    private final String nl;
    private final String en;
    private final Resource metric;

    MqaDimension(int max, String nl, String en, Resource metric) {
        this.max = max;
        this.nl = nl;
        this.en = en;
        this.metric = metric;
    }

    /** The maximum points of the dimension. */
    public int max() {
        return max;
    }

    /** The name in a language ("nl"; anything else gives English). */
    public String label(String language) {
        return "nl".equals(language) ? nl : en;
    }

    /** The DQV metric that stores a dataset's points for this dimension. */
    public Resource metric() {
        return metric;
    }
}
