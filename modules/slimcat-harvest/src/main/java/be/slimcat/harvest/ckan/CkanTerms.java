// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.ckan;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

import be.slimcat.vocab.SC;

/** The terms the CKAN mapping needs that Jena's vocabulary classes lack. */
final class CkanTerms {
    private CkanTerms() {}

    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String ADMS = "http://www.w3.org/ns/adms#";
    static final String LOCN = "http://www.w3.org/ns/locn#";
    static final String DCATAP = "http://data.europa.eu/r5r/";

    /** dcat:version (DCAT 3; DCAT-AP 3 uses it instead of owl:versionInfo). */
    static final Node VERSION = NodeFactory.createURI(DCAT + "version");
    /** adms:versionNotes. */
    static final Node VERSION_NOTES = NodeFactory.createURI(ADMS + "versionNotes");
    /** adms:identifier, an other identifier of the dataset. */
    static final Node ADMS_IDENTIFIER = NodeFactory.createURI(ADMS + "identifier");
    /** adms:Identifier. */
    static final Node ADMS_IDENTIFIER_CLASS = NodeFactory.createURI(ADMS + "Identifier");
    /** adms:sample. */
    static final Node SAMPLE = NodeFactory.createURI(ADMS + "sample");
    /** locn:geometry. */
    static final Node GEOMETRY = NodeFactory.createURI(LOCN + "geometry");
    /** dcatap:applicableLegislation. */
    static final Node APPLICABLE_LEGISLATION = NodeFactory.createURI(DCATAP + "applicableLegislation");
    /** The GeoJSON media type, the datatype ckanext-dcat gives GeoJSON geometries. */
    static final RDFDatatype GEOJSON = TypeMapper.getInstance()
            .getSafeTypeByName("https://www.iana.org/assignments/media-types/application/vnd.geo+json");
    /**
     * {@code sc:extra}: a CKAN extra (key/value pair) that has no DCAT-AP counterpart, kept as a
     * node with {@code rdfs:label} (the key) and {@code rdf:value} (the value). Not yet in
     * {@code ontologies/slimcat.ttl}.
     */
    static final Node EXTRA = NodeFactory.createURI(SC.NS + "extra");
}
