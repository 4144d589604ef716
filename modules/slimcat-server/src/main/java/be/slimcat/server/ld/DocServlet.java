// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.ld;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.NodeFactory;

import be.slimcat.server.web.LocalLinks;

/**
 * {@code /doc/{path}}: the description of {@code {base}/id/{path}} in the negotiated variant (HTML page,
 * Turtle, JSON-LD, RDF/XML, N-Triples), or a 404 when the store knows nothing about it.
 */
final class DocServlet extends HttpServlet {
    private final transient Describer describer;
    private final transient LocalLinks links;
    private final transient EntityPage page;
    private final transient RdfResponse rdf;
    private final transient Refusals refusals;

    DocServlet(Describer describer, LocalLinks links, EntityPage page, RdfResponse rdf, Refusals refusals) {
        this.describer = describer;
        this.links = links;
        this.page = page;
        this.rdf = rdf;
        this.refusals = refusals;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ContentNegotiation.Outcome outcome = ContentNegotiation.choose(request.getParameter("format"), request.getHeader("Accept"));
        if (refusals.refuse(response, outcome)) {
            return;
        }
        RdfVariant variant = ((ContentNegotiation.Chosen) outcome).variant();
        String path = request.getRequestURI().substring("/doc".length());
        String iri = links.iri("/id" + path);
        Optional<Description> description = path.length() <= 1 ? Optional.empty()
                : describer.describe(NodeFactory.createURI(iri));
        if (description.isEmpty()) {
            refusals.notFound(request, response, variant, iri);
        } else if (variant == RdfVariant.HTML) {
            page.send(request, response, description.get());
        } else {
            rdf.send(request, response, variant, description.get().graph());
        }
    }
}
