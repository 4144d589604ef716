// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.normalise;

import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;

/**
 * Maps values to one EU authority table: an IRI of the table is kept (or put in its canonical form),
 * an IRI of a known other vocabulary is read through the table, an IRI of the table written as text
 * becomes that IRI, and a literal is looked up among the table's variants. Everything else is kept and
 * flagged. Subclasses add the vocabularies they know through {@link #foreignKey(String)}.
 */
class CodeListRule implements ValueRule {
    private static final Pattern HTTP = Pattern.compile("^(?i)https?://\\S+$");

    protected final AuthorityTable table;

    CodeListRule(AuthorityTable table) {
        this.table = table;
    }

    @Override
    public Outcome apply(Node value) {
        if (value.isBlank()) {
            return Outcome.keep();
        }
        if (value.isURI()) {
            return fromIri(value, value.getURI());
        }
        String text = value.getLiteralLexicalForm().strip();
        if (text.isEmpty()) {
            return Outcome.unmapped("an empty value");
        }
        if (isHttp(text)) {
            return fromIri(value, text);
        }
        return fromText(value, text);
    }

    static boolean isHttp(String text) {
        return HTTP.matcher(text).matches();
    }

    /** An IRI, or a literal that is an absolute http(s) IRI. */
    protected Outcome fromIri(Node value, String iri) {
        Optional<String> code = table.codeIn(iri);
        if (code.isPresent()) {
            String c = code.get();
            String upper = AuthorityTable.upper(c);
            if (table.isCode(c) || table.isCode(upper)) {
                return same(value, table.iri(table.isCode(c) ? c : upper), "the " + table.name());
            }
            Optional<AuthorityTable.Entry> successor = table.lookup("eu:" + upper);
            if (successor.isPresent()) {
                return Outcome.replace(successor.get().target(),
                        c + " is a deprecated code of the " + table.name() + ", replaced by its successor");
            }
            return Outcome.unmapped(c + " is not a code of the " + table.name());
        }
        Optional<String> key = foreignKey(iri);
        if (key.isPresent()) {
            Optional<AuthorityTable.Entry> entry = table.lookup(key.get());
            if (entry.isPresent()) {
                return Outcome.replace(entry.get().target(), "\"" + key.get() + "\" in the " + entry.get().basis());
            }
            return Outcome.unmapped("\"" + key.get() + "\" is not in the " + table.name());
        }
        return Outcome.unmapped("not an IRI of the " + table.name() + " nor of a vocabulary mapped to it");
    }

    /** A literal that is not an IRI. */
    protected Outcome fromText(Node value, String text) {
        Optional<AuthorityTable.Entry> entry = table.lookup(text);
        if (entry.isPresent()) {
            return Outcome.replace(entry.get().target(), "the " + entry.get().basis());
        }
        return Outcome.unmapped("not in the " + table.name());
    }

    /** For an IRI of another vocabulary this rule understands, the text to look up in the table. */
    protected Optional<String> foreignKey(String iri) {
        return Optional.empty();
    }

    /** Keeps the value when it already is {@code target}, else replaces it. */
    protected static Outcome same(Node value, Node target, String basis) {
        return target.equals(value) ? Outcome.keep() : Outcome.replace(target, basis);
    }

    /** The last path segment of an IRI (after '/' or '#'), without a trailing '/'. */
    protected static String lastSegment(String iri) {
        String s = iri.endsWith("/") ? iri.substring(0, iri.length() - 1) : iri;
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('#'));
        return s.substring(cut + 1);
    }
}
