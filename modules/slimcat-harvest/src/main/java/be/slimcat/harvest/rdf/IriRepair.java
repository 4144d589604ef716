// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.rdf;

import java.util.Optional;

import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * The one repair of an invalid IRI that is certain: white space around it is dropped and the
 * characters that RFC 3986 never allows in an IRI (space, {@code < > " { } | \ ^ `}) are
 * percent-encoded, as browsers and HTTP clients do when they send such an address. Nothing else is
 * changed: "two IRIs separated by a space" becomes one IRI with {@code %20}, because which of the
 * two the publisher meant is not certain; an IRI still invalid after this is not repaired.
 */
final class IriRepair {
    private static final String UNWISE = " <>\"{}|\\^`";

    private IriRepair() {}

    /** Why Jena refuses the IRI, or empty when it is a valid RDF IRI (with a scheme). */
    static Optional<String> problem(String iri) {
        try {
            IRIx parsed = IRIx.create(iri);
            return parsed.isReference() ? Optional.empty() : Optional.of("it has no scheme");
        } catch (IRIException e) {
            return Optional.of(reason(e.getMessage()));
        }
    }

    /** The repaired IRI, when the repair gives a valid one. */
    static Optional<String> repaired(String iri) {
        StringBuilder out = new StringBuilder();
        for (char c : iri.strip().toCharArray()) {
            if (UNWISE.indexOf(c) >= 0) {
                out.append('%').append(String.format("%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        String candidate = out.toString();
        return !candidate.equals(iri) && problem(candidate).isEmpty() ? Optional.of(candidate) : Optional.empty();
    }

    /** Jena's reason without the IRI it repeats ("<…> Code: 17/WHITESPACE in PATH: …" gives "WHITESPACE in PATH: …"). */
    private static String reason(String message) {
        int code = message == null ? -1 : message.indexOf("Code: ");
        if (code < 0) {
            return message == null ? "it is not a valid IRI" : message;
        }
        String rest = message.substring(code + "Code: ".length());
        int slash = rest.indexOf('/');
        return slash >= 0 ? rest.substring(slash + 1) : rest;
    }
}
