// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.feeds;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import be.slimcat.store.CatalogueStore;

/**
 * The SPARQL 1.1 Service Description at the endpoint itself: a GET or HEAD of {@code /sparql} without a
 * {@code query} parameter whose Accept header names an RDF syntax (Turtle, JSON-LD, RDF/XML, N-Triples)
 * gets the description; every other request goes on to the SPARQL endpoint.
 */
final class ServiceDescriptionFilter implements Filter {
    private final CatalogueStore store;

    ServiceDescriptionFilter(CatalogueStore store) {
        this.store = store;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        boolean description = RdfResponse.readMethod(request) && request.getParameter("query") == null
                && RdfSyntax.acceptedExplicitly(request);
        if (!description) {
            chain.doFilter(request, response);
            return;
        }
        RdfSyntax syntax = RdfSyntax.chosen(request);
        RdfResponse.send(request, response, syntax,
                ServiceDescription.describe(request.getRequestURL().toString(), store.graphs()));
    }
}
