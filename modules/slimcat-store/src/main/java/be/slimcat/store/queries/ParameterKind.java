// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.queries;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

import be.slimcat.vocab.SlimcatIris;

/** What a query parameter holds, and how a raw text value becomes an RDF term. */
public enum ParameterKind {
    /** An absolute IRI; IRIs written with the default base are rebased. */
    IRI("an absolute IRI such as https://data.slimcat.be/id/gemeente/44021"),
    /** Any text, as an {@code xsd:string} literal. */
    STRING("a text"),
    /** An {@code xsd:date}. */
    DATE("a date as YYYY-MM-DD, e.g. 2026-11-21"),
    /** An {@code xsd:integer}. */
    INTEGER("a whole number, e.g. 4"),
    /** An {@code xsd:decimal}. */
    DECIMAL("a decimal number with a point, e.g. 0.5"),
    /** An {@code xsd:boolean}. */
    BOOLEAN("true or false");

    private final String expected;

    ParameterKind(String expected) {
        this.expected = expected;
    }

    /** What a value of this kind looks like, for error messages. */
    public String expected() {
        return expected;
    }

    /** The name used in query headers: {@code iri}, {@code string}, {@code date} ... */
    public String headerName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind for a header name, if it is one. */
    public static Optional<ParameterKind> fromHeaderName(String name) {
        for (ParameterKind kind : values()) {
            if (kind.headerName().equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The RDF term for the raw value, or empty when the value is not of this kind. */
    Optional<Node> toNode(String raw, SlimcatIris iris) {
        String value = raw.strip();
        return switch (this) {
            case IRI -> iri(value, iris);
            case STRING -> Optional.of(NodeFactory.createLiteralString(raw));
            case DATE -> typed(value, XSDDatatype.XSDdate);
            case INTEGER -> integer(value);
            case DECIMAL -> decimal(value);
            case BOOLEAN -> "true".equals(value) || "false".equals(value)
                    ? Optional.of(NodeFactory.createLiteralDT(value, XSDDatatype.XSDboolean)) : Optional.empty();
        };
    }

    private static Optional<Node> iri(String value, SlimcatIris iris) {
        String bare = value.startsWith("<") && value.endsWith(">") ? value.substring(1, value.length() - 1) : value;
        try {
            IRIx parsed = IRIx.create(bare);
            if (!parsed.isAbsolute() || parsed.hasViolations() || bare.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '"')) {
                return Optional.empty();
            }
        } catch (IRIException e) {
            return Optional.empty();
        }
        return Optional.of(NodeFactory.createURI(iris.rebase(bare)));
    }

    private static Optional<Node> typed(String value, XSDDatatype type) {
        return type.isValid(value) ? Optional.of(NodeFactory.createLiteralDT(value, type)) : Optional.empty();
    }

    private static Optional<Node> integer(String value) {
        try {
            return Optional.of(NodeFactory.createLiteralDT(new BigInteger(value).toString(), XSDDatatype.XSDinteger));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Node> decimal(String value) {
        if (!value.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return Optional.empty();
        }
        return Optional.of(NodeFactory.createLiteralDT(new BigDecimal(value).stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal));
    }
}
