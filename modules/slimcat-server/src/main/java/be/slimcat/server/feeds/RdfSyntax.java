// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.feeds;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.riot.RDFFormat;

/**
 * The RDF syntaxes the feeds answer in, chosen by the {@code format} parameter ({@code turtle} or
 * {@code ttl}, {@code jsonld}, {@code rdfxml} or {@code rdf}, {@code ntriples} or {@code nt}), else by the
 * {@code Accept} header; Turtle when neither names one of them (a browser asking for HTML gets Turtle).
 */
enum RdfSyntax {
    TURTLE("text/turtle", RDFFormat.TURTLE, "turtle", "ttl"),
    JSONLD("application/ld+json", RDFFormat.JSONLD, "jsonld", "json-ld"),
    RDFXML("application/rdf+xml", RDFFormat.RDFXML_PLAIN, "rdfxml", "rdf", "xml"),
    NTRIPLES("application/n-triples", RDFFormat.NTRIPLES, "ntriples", "nt");

    /** The values the {@code format} parameter accepts, for error messages. */
    static final String FORMAT_VALUES = "turtle (ttl), jsonld, rdfxml (rdf), ntriples (nt)";

    private static final AcceptList OFFERED = new AcceptList(
            List.of(TURTLE, JSONLD, RDFXML, NTRIPLES).stream().map(s -> new MediaRange(s.contentType)).toList());

    final String contentType;
    final RDFFormat format;
    private final List<String> names;

    RdfSyntax(String contentType, RDFFormat format, String... names) {
        this.contentType = contentType;
        this.format = format;
        this.names = List.of(names);
    }

    /**
     * The syntax the request asks for.
     *
     * @throws UnknownFormatException when the {@code format} parameter names no syntax of ours
     */
    static RdfSyntax chosen(HttpServletRequest request) {
        String parameter = request.getParameter("format");
        if (parameter != null) {
            return named(parameter).orElseThrow(() -> new UnknownFormatException(parameter));
        }
        MediaType type = ConNeg.chooseContentType(request, OFFERED, MediaType.create(TURTLE.contentType));
        return byContentType(type.getContentTypeStr()).orElse(TURTLE);
    }

    /** True when the Accept header names one of our RDF media types itself (not through a wildcard). */
    static boolean acceptedExplicitly(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept == null) {
            return false;
        }
        for (MediaRange range : new AcceptList(accept).entries()) {
            if (range.get_q() > 0 && byContentType(range.getContentTypeStr()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static Optional<RdfSyntax> named(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (RdfSyntax syntax : values()) {
            if (syntax.names.contains(lower)) {
                return Optional.of(syntax);
            }
        }
        return Optional.empty();
    }

    private static Optional<RdfSyntax> byContentType(String contentType) {
        for (RdfSyntax syntax : values()) {
            if (syntax.contentType.equalsIgnoreCase(contentType)) {
                return Optional.of(syntax);
            }
        }
        return Optional.empty();
    }

    /** A {@code format} parameter that names no syntax of ours. */
    static final class UnknownFormatException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnknownFormatException(String format) {
            super("Unknown format '" + format + "': use one of " + FORMAT_VALUES
                    + ", or leave out format= and send an Accept header");
        }
    }
}
