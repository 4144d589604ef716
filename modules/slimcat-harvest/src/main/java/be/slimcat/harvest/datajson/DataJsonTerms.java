// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.datajson;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The few terms the mapping uses that Jena's vocabularies lack. */
final class DataJsonTerms {
    private DataJsonTerms() {}

    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String LOCN = "http://www.w3.org/ns/locn#";

    /** dcat:inSeries (DCAT 3), the dataset series a dataset belongs to. */
    static final Node IN_SERIES = NodeFactory.createURI(DCAT + "inSeries");
    /** dcat:version (DCAT 3). */
    static final Node VERSION = NodeFactory.createURI(DCAT + "version");
    /** locn:geometry, the geometry of a dct:Location. */
    static final Node GEOMETRY = NodeFactory.createURI(LOCN + "geometry");
}
