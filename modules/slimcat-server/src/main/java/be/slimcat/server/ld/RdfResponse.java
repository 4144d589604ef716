// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.ld;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;

/**
 * Writes a description as RDF in a negotiated variant (written whole before the first byte, so a failure
 * is a clean 500), with {@code Content-Location} naming that variant's own URL and {@code Vary: Accept}.
 */
final class RdfResponse {
    private final PrefixMapping prefixes;

    RdfResponse(PrefixMapping prefixes) {
        this.prefixes = prefixes;
    }

    /** Sends the graph with status 200. */
    void send(HttpServletRequest request, HttpServletResponse response, RdfVariant variant, Graph graph) throws IOException {
        graph.getPrefixMapping().setNsPrefixes(prefixes);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        RDFWriter.source(graph).format(variant.format()).output(body);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(variant.mediaType());
        response.setCharacterEncoding("UTF-8");
        headers(request, response, variant);
        response.setContentLength(body.size());
        body.writeTo(response.getOutputStream());
    }

    /** {@code Content-Location} of the variant and {@code Vary: Accept}, for every negotiated answer. */
    static void headers(HttpServletRequest request, HttpServletResponse response, RdfVariant variant) {
        response.setHeader("Content-Location", request.getRequestURI() + "?format=" + variant.parameter());
        response.setHeader("Vary", "Accept");
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("X-Content-Type-Options", "nosniff");
    }
}
