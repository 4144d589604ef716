// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.datajson;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/** Turns data.json texts into RDF terms: IRIs when they are usable ones, typed dates when they parse, else plain literals. */
final class RdfValues {
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>\"]+@[^\\s@<>\"]+");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");
    private static final XSDDatatype[] DATE_TYPES = {XSDDatatype.XSDdateTime, XSDDatatype.XSDdate,
        XSDDatatype.XSDgYearMonth, XSDDatatype.XSDgYear};

    private RdfValues() {}

    /** The text as an IRI when it is an absolute http(s) IRI with a host that Jena accepts. */
    static Optional<Node> httpIri(String text) {
        String candidate = text.strip();
        try {
            URI uri = new URI(candidate);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return Optional.empty();
            }
            IRIx.create(candidate);
            return Optional.of(NodeFactory.createURI(candidate));
        } catch (URISyntaxException | IRIException e) {
            return Optional.empty();
        }
    }

    /** An IRI when the text is an http(s) IRI, else the raw text as a plain literal. */
    static Node iriOrLiteral(String text) {
        return httpIri(text).orElseGet(() -> literal(text));
    }

    /** A plain (xsd:string) literal. */
    static Node literal(String text) {
        return NodeFactory.createLiteralString(text);
    }

    /** A language-tagged literal, when the tag is well formed. */
    static Optional<Node> tagged(String text, String tag) {
        return LANGUAGE_TAG.matcher(tag).matches()
                ? Optional.of(NodeFactory.createLiteralLang(text, tag.toLowerCase(Locale.ROOT)))
                : Optional.empty();
    }

    /**
     * A date typed xsd:dateTime, xsd:date, xsd:gYearMonth or xsd:gYear (the forms DCAT-US allows)
     * when it is valid as one; otherwise the raw text as a plain literal for the normaliser to repair.
     */
    static Node date(String text) {
        return typedDate(text).orElseGet(() -> literal(text));
    }

    /** The date typed, when it is valid as one of the date types. */
    static Optional<Node> typedDate(String text) {
        for (XSDDatatype type : DATE_TYPES) {
            if (type.isValid(text)) {
                return Optional.of(NodeFactory.createLiteralDT(text, type));
            }
        }
        return Optional.empty();
    }

    /** A {@code mailto:} IRI for an address given with or without the scheme; empty when there is no usable address. */
    static Optional<Node> mailto(String text) {
        String address = text.strip();
        if (address.regionMatches(true, 0, "mailto:", 0, 7)) {
            address = address.substring(7).strip();
        }
        if (!EMAIL.matcher(address).matches()) {
            return Optional.empty();
        }
        try {
            IRIx.create("mailto:" + address);
            return Optional.of(NodeFactory.createURI("mailto:" + address));
        } catch (IRIException e) {
            return Optional.empty();
        }
    }

    /** A byte size as xsd:nonNegativeInteger when it is a whole number, else a plain literal. */
    static Node byteSize(String text) {
        return text.matches("[0-9]+") ? NodeFactory.createLiteralDT(text, XSDDatatype.XSDnonNegativeInteger)
                : literal(text);
    }
}
