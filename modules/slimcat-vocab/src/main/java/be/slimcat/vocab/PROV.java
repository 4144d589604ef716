// SPDX-License-Identifier: Apache-2.0
package be.slimcat.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of the W3C PROV-O ontology that SlimCat uses (Jena ships no PROV vocabulary class). */
public final class PROV {
    /** The PROV-O namespace. */
    public static final String NS = "http://www.w3.org/ns/prov#";

    /** The namespace as a string. */
    public static String getURI() {
        return NS;
    }

    /** Something that occurs over a period of time and acts upon or with entities. */
    public static final Resource Activity = ResourceFactory.createResource(NS + "Activity");
    /** An activity used an entity. */
    public static final Property used = ResourceFactory.createProperty(NS + "used");
    /** When an activity started. */
    public static final Property startedAtTime = ResourceFactory.createProperty(NS + "startedAtTime");
    /** When an activity ended. */
    public static final Property endedAtTime = ResourceFactory.createProperty(NS + "endedAtTime");
    /** The activity that generated an entity. */
    public static final Property wasGeneratedBy = ResourceFactory.createProperty(NS + "wasGeneratedBy");
    /** When an entity was generated. */
    public static final Property generatedAtTime = ResourceFactory.createProperty(NS + "generatedAtTime");

    /** An entity an activity produced. */
    public static final Property generated = ResourceFactory.createProperty(NS + "generated");
    /** An activity used what another activity produced. */
    public static final Property wasInformedBy = ResourceFactory.createProperty(NS + "wasInformedBy");

    private PROV() {}
}
