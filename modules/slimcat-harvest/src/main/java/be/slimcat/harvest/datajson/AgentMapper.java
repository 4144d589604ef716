// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.datajson;

import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VCARD4;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The publisher and the contact points of a dataset.
 * <p>
 * A publisher ({@code {name, subOrganizationOf}} in 1.1; an Organization with {@code @id},
 * {@code name} or {@code prefLabel} in 3.0; a bare name in some portals) becomes a
 * foaf:Organization with foaf:name. Its IRI is its {@code @id} when that is an http(s) IRI, else
 * {@code {base}/id/organisatie/{sourceId}-{shortKey(name)}}: the same name within a source is the
 * same organisation; matching it to the curated inventory is left to a later step. Each
 * {@code subOrganizationOf} level becomes an org:subOrganizationOf link by the same rule.
 * <p>
 * A contact point (one object in 1.1, one or a list in 3.0) becomes a vcard:Kind (its {@code @id}
 * or a blank node) with vcard:fn and vcard:hasEmail as a {@code mailto:} IRI; an address without
 * its {@code mailto:} prefix gets one, and an empty or unusable address is left out and reported.
 */
final class AgentMapper {
    /** Deeper {@code subOrganizationOf} chains are cut here. */
    private static final int MAX_DEPTH = 8;

    private AgentMapper() {}

    static void publisher(MappingContext cx, Node dataset, JsonObject json) {
        JsonElement publisher = json.get("publisher");
        organisation(cx, publisher, 0).ifPresent(org -> cx.add(dataset, DCTerms.publisher.asNode(), org));
    }

    private static Optional<Node> organisation(MappingContext cx, JsonElement element, int depth) {
        if (element == null || element.isJsonNull() || depth > MAX_DEPTH) {
            return Optional.empty();
        }
        if (element.isJsonPrimitive()) {
            Optional<String> text = JsonValues.text(element);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            Optional<Node> iri = RdfValues.httpIri(text.get());
            if (iri.isPresent()) {
                return iri;
            }
            Node org = cx.mint("organisatie", text.get());
            describe(cx, org, text.get());
            return Optional.of(org);
        }
        Optional<JsonObject> object = JsonValues.object(element);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        JsonObject json = object.get();
        Optional<String> name = JsonValues.text(json, "name").or(() -> JsonValues.text(json, "prefLabel"));
        Optional<Node> id = JsonValues.text(json, "@id").flatMap(RdfValues::httpIri);
        if (name.isEmpty() && id.isEmpty()) {
            cx.repaired("a publisher without name or @id was left out");
            return Optional.empty();
        }
        Node org = id.orElseGet(() -> cx.mint("organisatie", name.get()));
        if (name.isPresent()) {
            describe(cx, org, name.get());
        } else {
            cx.add(org, RDF.type.asNode(), FOAF.Organization.asNode());
        }
        for (JsonElement parent : JsonValues.each(json, "subOrganizationOf")) {
            organisation(cx, parent, depth + 1).ifPresent(p -> cx.add(org, ORG.subOrganizationOf.asNode(), p));
        }
        return Optional.of(org);
    }

    private static void describe(MappingContext cx, Node org, String name) {
        cx.add(org, RDF.type.asNode(), FOAF.Organization.asNode());
        cx.add(org, FOAF.name.asNode(), RdfValues.literal(name));
    }

    static void contactPoints(MappingContext cx, Node dataset, JsonObject json) {
        for (JsonElement element : JsonValues.each(json, "contactPoint")) {
            JsonValues.object(element).ifPresent(contact -> contactPoint(cx, dataset, contact));
        }
    }

    private static void contactPoint(MappingContext cx, Node dataset, JsonObject contact) {
        Optional<String> fn = JsonValues.text(contact, "fn");
        Optional<String> email = JsonValues.text(contact, "hasEmail");
        Optional<Node> mailto = email.flatMap(RdfValues::mailto);
        if (email.isPresent() && mailto.isEmpty() || email.isEmpty() && contact.has("hasEmail") && !contact.get("hasEmail").isJsonNull()) {
            cx.repaired("contact point e-mail '" + email.orElse("") + "' is not an address; left out");
        }
        if (fn.isEmpty() && mailto.isEmpty()) {
            return;
        }
        Node kind = JsonValues.text(contact, "@id").flatMap(RdfValues::httpIri).orElseGet(NodeFactory::createBlankNode);
        cx.add(dataset, DCAT.contactPoint.asNode(), kind);
        cx.add(kind, RDF.type.asNode(), VCARD4.Kind.asNode());
        fn.ifPresent(name -> cx.add(kind, VCARD4.fn.asNode(), RdfValues.literal(name)));
        mailto.ifPresent(iri -> cx.add(kind, VCARD4.hasEmail.asNode(), iri));
    }
}
