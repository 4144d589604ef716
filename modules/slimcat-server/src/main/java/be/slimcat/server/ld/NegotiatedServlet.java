// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.ld;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;

/**
 * A GET that describes what its path names, in the variant content negotiation chose: refuses what cannot
 * be served (400, 406), answers 404 when there is nothing to describe, else the page or the RDF.
 *
 * @param <T> what the path names, once found
 */
abstract class NegotiatedServlet<T> extends HttpServlet {
    private final transient RdfResponse rdf;
    private final transient Refusals refusals;

    NegotiatedServlet(RdfResponse rdf, Refusals refusals) {
        this.rdf = rdf;
        this.refusals = refusals;
    }

    /** The IRI the request's path names. */
    abstract String iri(HttpServletRequest request);

    /** What the store holds about the IRI, if anything. */
    abstract Optional<T> find(String iri);

    /** The RDF variant. */
    abstract Graph rdf(T found);

    /** Sends the HTML variant. */
    abstract void html(HttpServletRequest request, HttpServletResponse response, T found) throws IOException;

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ContentNegotiation.Outcome outcome = ContentNegotiation.choose(request.getParameter("format"), request.getHeader("Accept"));
        if (refusals.refuse(response, outcome)) {
            return;
        }
        RdfVariant variant = ((ContentNegotiation.Chosen) outcome).variant();
        String iri = iri(request);
        Optional<T> found = iri == null ? Optional.empty() : find(iri);
        if (found.isEmpty()) {
            refusals.notFound(request, response, variant, iri == null ? request.getRequestURI() : iri);
        } else if (variant == RdfVariant.HTML) {
            RdfResponse.headers(request, response, RdfVariant.HTML);
            html(request, response, found.get());
        } else {
            rdf.send(request, response, variant, rdf(found.get()));
        }
    }
}
