// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.normalise;

import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.XSD;

/** How values appear in the normaliser's reports. */
final class RecordTexts {
    private static final int LONGEST = 80;
    private static final PrefixMapping XSD_ONLY = PrefixMapping.Factory.create().setNsPrefix("xsd", XSD.NS).lock();

    private RecordTexts() {}

    /** A value as in Turtle: {@code "CSV"}, {@code "2026-11-22"^^xsd:date}, {@code <http://…>}. */
    static String node(Node node) {
        return FmtUtils.stringForNode(node, XSD_ONLY);
    }

    /** Text cut to at most {@value #LONGEST} characters. */
    static String shorten(String text) {
        return text.length() <= LONGEST ? text : text.substring(0, LONGEST) + "…";
    }
}
