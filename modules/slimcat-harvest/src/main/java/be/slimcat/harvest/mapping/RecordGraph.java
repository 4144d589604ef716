// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.mapping;

import java.util.Collection;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VCARD4;

import be.slimcat.harvest.ContentHash;
import be.slimcat.vocab.SlimcatIris;

/**
 * Builds the graph of one record from loosely typed portal values: blank values are skipped, dates
 * are typed when they are valid {@code xsd:dateTime} or {@code xsd:date} and kept as plain literals
 * otherwise, values that are absolute http(s) IRIs become IRIs, organisations get a minted IRI.
 */
public final class RecordGraph {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+");

    private final Graph graph = GraphFactory.createDefaultGraph();
    private final SlimcatIris iris;
    private final String sourceId;

    public RecordGraph(SlimcatIris iris, String sourceId) {
        this.iris = iris;
        this.sourceId = sourceId;
    }

    public Graph graph() {
        return graph;
    }

    public void add(Node s, Node p, Node o) {
        graph.add(s, p, o);
    }

    /** A literal, with the language tag when one is given. */
    public void text(Node s, Node p, String value, String lang) {
        if (value != null && !value.isBlank()) {
            String v = value.strip();
            add(s, p, lang == null ? NodeFactory.createLiteralString(v) : NodeFactory.createLiteralLang(v, lang));
        }
    }

    public void texts(Node s, Node p, Collection<String> values, String lang) {
        values.forEach(v -> text(s, p, v, lang));
    }

    /** An IRI when the value is an absolute http(s) IRI, else a plain literal. */
    public void iriOrText(Node s, Node p, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Node iri = httpIri(value);
        add(s, p, iri != null ? iri : NodeFactory.createLiteralString(value.strip()));
    }

    /** A typed date or date-time when the value is one, else a plain literal. */
    public void date(Node s, Node p, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        add(s, p, dateNode(value.strip()));
    }

    public static Node dateNode(String v) {
        if (XSDDatatype.XSDdateTime.isValid(v)) {
            return NodeFactory.createLiteralDT(v, XSDDatatype.XSDdateTime);
        }
        if (XSDDatatype.XSDdate.isValid(v)) {
            return NodeFactory.createLiteralDT(v, XSDDatatype.XSDdate);
        }
        return NodeFactory.createLiteralString(v);
    }

    /** The value as an IRI node when it is an absolute http(s) IRI without spaces; null otherwise. */
    public static Node httpIri(String value) {
        String v = value.strip();
        if (!(v.startsWith("http://") || v.startsWith("https://")) || v.chars().anyMatch(Character::isWhitespace)) {
            return null;
        }
        try {
            IRIx iri = IRIx.create(v);
            return iri.isAbsolute() && !iri.hasViolations() ? NodeFactory.createURI(iri.str()) : null;
        } catch (IRIException e) {
            return null;
        }
    }

    /**
     * An organisation named by the portal: {@code {base}/id/organisatie/{sourceId}-{shortKey(name)}}
     * typed foaf:Agent with its foaf:name; null for a blank name.
     */
    public Node organisation(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        Node org = iris.thing("organisatie", sourceId + "-" + ContentHash.shortKey(name.strip()));
        add(org, RDF.type.asNode(), FOAF.Agent.asNode());
        text(org, FOAF.name.asNode(), name, null);
        return org;
    }

    /** A dcat:contactPoint vcard:Kind with vcard:fn and vcard:hasEmail, when there is a name or an address. */
    public void contactPoint(Node dataset, String name, String email) {
        boolean hasName = name != null && !name.isBlank();
        boolean hasEmail = email != null && !email.isBlank();
        if (!hasName && !hasEmail) {
            return;
        }
        Node kind = NodeFactory.createBlankNode();
        add(dataset, DCAT.contactPoint.asNode(), kind);
        add(kind, RDF.type.asNode(), VCARD4.Kind.asNode());
        text(kind, VCARD4.fn.asNode(), name, null);
        if (hasEmail) {
            String e = email.strip();
            String address = e.regionMatches(true, 0, "mailto:", 0, 7) ? e.substring(7) : e;
            add(kind, VCARD4.hasEmail.asNode(), EMAIL.matcher(address).matches()
                    ? NodeFactory.createURI("mailto:" + address) : NodeFactory.createLiteralString(e));
        }
    }

    /** The IANA media-type IRI of a well-known type such as {@code text/csv}. */
    public static Node ianaMediaType(String type) {
        return NodeFactory.createURI("http://www.iana.org/assignments/media-types/" + type);
    }
}
