// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.normalise;

import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * Web addresses (dcat:landingPage, dcat:accessURL, dcat:downloadURL, foaf:homepage, dct:conformsTo):
 * an absolute http(s) or ftp address given as text becomes an IRI; surrounding white space is
 * trimmed and inner spaces are percent-encoded when that makes a valid IRI. A relative address or
 * one without scheme ("www.gent.be/…") is not guessed at: it is kept and flagged.
 */
final class WebIriRule implements ValueRule {
    private static final Pattern WEB = Pattern.compile("^(?i)(https?|ftp)://[^/?#\\s]+.*$");
    private static final Pattern NO_SCHEME = Pattern.compile("^(?i)www\\.\\S+$");

    @Override
    public Outcome apply(Node value) {
        if (value.isBlank()) {
            return Outcome.keep();
        }
        if (value.isURI()) {
            String iri = value.getURI();
            if (valid(iri)) {
                return Outcome.keep();
            }
            String repaired = repair(iri);
            return valid(repaired) && WEB.matcher(repaired).matches()
                    ? Outcome.replace(NodeFactory.createURI(repaired), "white space trimmed and spaces percent-encoded")
                    : Outcome.unmapped("not a valid absolute IRI");
        }
        String text = value.getLiteralLexicalForm();
        if (text.isBlank()) {
            return Outcome.unmapped("an empty address");
        }
        String repaired = repair(text);
        if (WEB.matcher(repaired).matches() && valid(repaired)) {
            String basis = repaired.equals(text) ? "an absolute " + scheme(repaired) + " address given as text"
                    : "an absolute " + scheme(repaired) + " address given as text; white space trimmed and spaces percent-encoded";
            return Outcome.replace(NodeFactory.createURI(repaired), basis);
        }
        if (NO_SCHEME.matcher(text.strip()).matches()) {
            return Outcome.unmapped("an address without scheme (http or https is not guessed)");
        }
        if (!WEB.matcher(repaired).matches()) {
            return Outcome.unmapped("not an absolute http(s) address");
        }
        return Outcome.unmapped("not a valid IRI, even with spaces percent-encoded");
    }

    private static String scheme(String iri) {
        return iri.substring(0, iri.indexOf(':')).toLowerCase(Locale.ROOT);
    }

    private static String repair(String text) {
        return text.strip().replace(" ", "%20");
    }

    static boolean valid(String text) {
        try {
            IRIx iri = IRIx.create(text);
            return iri.isAbsolute() && !text.contains(" ");
        } catch (IRIException e) {
            return false;
        }
    }
}
