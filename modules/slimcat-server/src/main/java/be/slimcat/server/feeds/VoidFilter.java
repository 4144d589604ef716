// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.feeds;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import be.slimcat.store.CatalogueStore;

/**
 * {@code GET /void} and {@code GET /.well-known/void}: the VoID description of the store, in the RDF
 * syntax asked for. The graph sizes are counted for every request.
 */
final class VoidFilter implements Filter {
    private final CatalogueStore store;
    private final VoidDescription description;

    VoidFilter(CatalogueStore store, VoidDescription description) {
        this.store = store;
        this.description = description;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        if (!RdfResponse.readMethod(request)) {
            RdfResponse.methodNotAllowed(response);
            return;
        }
        RdfSyntax syntax;
        try {
            syntax = RdfSyntax.chosen(request);
        } catch (RdfSyntax.UnknownFormatException e) {
            RdfResponse.error(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        RdfResponse.send(request, response, syntax, description.describe(store.graphs()));
    }
}
