// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.ld;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.NodeFactory;

import be.slimcat.server.web.LocalLinks;

/**
 * {@code /id/{path}}: the IRI of a thing, not a document, so (Cool URIs, 303 style) it answers
 * {@code 303 See Other} with {@code Location: /doc/{path}} and the same query (a {@code ?format=} goes
 * along). An IRI the store does not know is a 404.
 */
final class IdRedirect extends HttpServlet {
    private final transient Describer describer;
    private final transient LocalLinks links;
    private final transient Refusals refusals;

    IdRedirect(Describer describer, LocalLinks links, Refusals refusals) {
        this.describer = describer;
        this.links = links;
        this.refusals = refusals;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        String iri = links.iri(path);
        ContentNegotiation.Outcome outcome = ContentNegotiation.choose(request.getParameter("format"), request.getHeader("Accept"));
        if (path.length() <= "/id/".length() || !describer.knows(NodeFactory.createURI(iri))) {
            refusals.notFound(request, response, outcome, iri);
            return;
        }
        String query = request.getQueryString();
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", "/doc/" + path.substring("/id/".length()) + (query == null ? "" : "?" + query));
        response.setHeader("Vary", "Accept");
        response.setContentLength(0);
    }
}
