// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.ld;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;

import be.slimcat.server.web.LocalLinks;

/**
 * {@code /doc/{path}}: the description of {@code {base}/id/{path}} in the negotiated variant (HTML page,
 * Turtle, JSON-LD, RDF/XML, N-Triples), or a 404 when the store knows nothing about it.
 */
final class DocServlet extends NegotiatedServlet<Description> {
    private final transient Describer describer;
    private final transient LocalLinks links;
    private final transient EntityPage page;

    DocServlet(Describer describer, LocalLinks links, EntityPage page, RdfResponse rdf, Refusals refusals) {
        super(rdf, refusals);
        this.describer = describer;
        this.links = links;
        this.page = page;
    }

    @Override
    String iri(HttpServletRequest request) {
        String path = request.getRequestURI().substring("/doc".length());
        return path.length() <= 1 ? null : links.iri("/id" + path);
    }

    @Override
    Optional<Description> find(String iri) {
        return describer.describe(NodeFactory.createURI(iri));
    }

    @Override
    Graph rdf(Description found) {
        return found.graph();
    }

    @Override
    void html(HttpServletRequest request, HttpServletResponse response, Description found) throws IOException {
        page.send(request, response, found);
    }
}
