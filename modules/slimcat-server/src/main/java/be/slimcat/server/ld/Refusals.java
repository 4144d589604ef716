// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.ld;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import be.slimcat.server.web.NotFound;

/**
 * The answers when there is nothing to describe or no variant fits: 404 as the HTML page (for browsers) or
 * a short plain text (for RDF clients), 406 and 400 as plain text that lists what is available.
 */
final class Refusals {
    private final NotFound notFound;

    Refusals(NotFound notFound) {
        this.notFound = notFound;
    }

    /** 404: the HTML page when HTML was chosen, else a line of text naming the IRI. */
    void notFound(HttpServletRequest request, HttpServletResponse response, RdfVariant variant, String iri) throws IOException {
        if (variant == RdfVariant.HTML) {
            notFound.send(request, response);
            return;
        }
        text(response, HttpServletResponse.SC_NOT_FOUND, "Not found: SlimCat has no triples about <" + iri + ">.\n"
                + "Search the catalogue at /zoeken or ask /sparql.\n");
    }

    /** 404 for a request whose variant could not be chosen either. */
    void notFound(HttpServletRequest request, HttpServletResponse response, ContentNegotiation.Outcome outcome, String iri)
            throws IOException {
        RdfVariant variant = outcome instanceof ContentNegotiation.Chosen c ? c.variant() : RdfVariant.NTRIPLES;
        notFound(request, response, variant, iri);
    }

    /** 406: the Accept header names no type SlimCat writes. */
    void notAcceptable(HttpServletResponse response, String accept) throws IOException {
        text(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable: none of the types in 'Accept: " + accept
                + "' is available here.\n" + available());
    }

    /** 400: a {@code ?format=} value that names no variant. */
    void unknownFormat(HttpServletResponse response, String value) throws IOException {
        text(response, HttpServletResponse.SC_BAD_REQUEST, "Unknown format '" + value + "'.\n" + available());
    }

    /** Answers the refusal that the outcome calls for; false when the outcome chose a variant. */
    boolean refuse(HttpServletResponse response, ContentNegotiation.Outcome outcome) throws IOException {
        if (outcome instanceof ContentNegotiation.NotAcceptable n) {
            notAcceptable(response, n.accept());
            return true;
        }
        if (outcome instanceof ContentNegotiation.UnknownFormat u) {
            unknownFormat(response, u.value());
            return true;
        }
        return false;
    }

    private static String available() {
        StringBuilder text = new StringBuilder("Available: ");
        text.append(String.join(", ", Arrays.stream(RdfVariant.values()).map(RdfVariant::mediaType).toList()));
        text.append(".\nAsk for one in the Accept header, or add ?format=").append(RdfVariant.parameters())
                .append(" to the URL.\n");
        return text.toString();
    }

    private static void text(HttpServletResponse response, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Vary", "Accept");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
