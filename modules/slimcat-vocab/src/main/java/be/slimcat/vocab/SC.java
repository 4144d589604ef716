// SPDX-License-Identifier: Apache-2.0
package be.slimcat.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The SlimCat vocabulary ({@code ontologies/slimcat.ttl}): only the terms that DCAT-AP, W3C ORG,
 * OSLO, PROV-O, DQV and SKOS lack. Field names are the terms' local names.
 */
public final class SC {
    /** The namespace of the vocabulary. */
    public static final String NS = "https://data.slimcat.be/ns/slimcat#";

    /** The namespace as a string. */
    public static String getURI() {
        return NS;
    }

    /** A company or other private actor. */
    public static final Resource Company = resource("Company");
    /** A university, college or research centre. */
    public static final Resource KnowledgeInstitution = resource("KnowledgeInstitution");
    /** A network, cluster, interest organisation, incubator or working group between government and actors. */
    public static final Resource IntermediaryOrganisation = resource("IntermediaryOrganisation");
    /** An organisation run by or under supervision of government, serving the general interest. */
    public static final Resource GovernmentService = resource("GovernmentService");
    /** A city or municipality (its local government). */
    public static final Resource Municipality = resource("Municipality");
    /** A fund, programme, call, prize or matchmaking instrument. */
    public static final Resource FundingInstrument = resource("FundingInstrument");
    /** A project, pilot or initiative. */
    public static final Resource Project = resource("Project");

    /** Quadruple Helix category or sub-type of an actor (a concept of the actorcategorie scheme). */
    public static final Property actorCategory = property("actorCategory");
    /** Smart-city domain or subdomain. */
    public static final Property domain = property("domain");
    /** UN Sustainable Development Goal. */
    public static final Property sdg = property("sdg");
    /** NIS code of a Belgian municipality. */
    public static final Property nisCode = property("nisCode");
    /** Policy level of an actor or instrument. */
    public static final Property policyLevel = property("policyLevel");
    /** Financial or matchmaking instrument. */
    public static final Property instrumentKind = property("instrumentKind");
    /** Organisation offering an instrument. */
    public static final Property offeredBy = property("offeredBy");
    /** Lead partner of a project. */
    public static final Property leadPartner = property("leadPartner");
    /** Partner of a project. */
    public static final Property partner = property("partner");
    /** Instrument that funds a project. */
    public static final Property fundedBy = property("fundedBy");
    /** Marks a hand-written example record. */
    public static final Property isExample = property("isExample");
    /** The validation layer (a concept of the validatielaag scheme) a SHACL shape belongs to. */
    public static final Property validationLayer = property("validationLayer");

    private static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NS + localName);
    }

    private SC() {}
}
