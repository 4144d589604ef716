// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.ld;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.SKOS;

import be.slimcat.vocab.PROV;
import be.slimcat.vocab.SC;

/** The kinds of entity page, chosen by the resource's types (the first kind whose types it has). */
public enum EntityKind {
    /** sc:Project. */
    PROJECT(SC.Project.asNode()),
    /** sc:FundingInstrument. */
    INSTRUMENT(SC.FundingInstrument.asNode()),
    /** dcat:Dataset. */
    DATASET(DCAT.Dataset.asNode()),
    /** dcat:Distribution. */
    DISTRIBUTION(DCAT.Distribution.asNode()),
    /** dcat:Catalog. */
    CATALOGUE(DCAT.Catalog.asNode()),
    /** A harvest run or another prov:Activity (a load, a quality overview). */
    RUN(NodeFactory.createURI(SC.NS + "HarvestRun"), PROV.Activity.asNode()),
    /** skos:ConceptScheme. */
    SCHEME(SKOS.ConceptScheme.asNode()),
    /** skos:Concept. */
    CONCEPT(SKOS.Concept.asNode()),
    /** Any actor: org:Organization, foaf:Agent. */
    ACTOR(NodeFactory.createURI("http://www.w3.org/ns/org#Organization"), FOAF.Agent.asNode()),
    /** Anything else. */
    GENERIC();

    private final List<Node> types;

    EntityKind(Node... types) {
        this.types = List.of(types);
    }

    /** The kind for a resource with these types. */
    public static EntityKind of(Set<Node> resourceTypes) {
        for (EntityKind kind : values()) {
            if (kind.types.stream().anyMatch(resourceTypes::contains)) {
                return kind;
            }
        }
        return GENERIC;
    }

    /** The lower-case name used in templates, texts and {@code sections.tsv}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
