// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.feeds;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;

import be.slimcat.store.CatalogueStore;
import be.slimcat.store.catalog.CatalogueFeed;
import be.slimcat.store.catalog.CataloguePage;

/**
 * {@code GET /catalog}: one page of SlimCat's DCAT-AP 3 catalogue with Hydra paging ({@code page},
 * {@code pageSize}), in Turtle, JSON-LD, RDF/XML or N-Triples. 400 for a bad parameter, 404 for a page
 * after the last.
 */
final class CatalogueFeedFilter implements Filter {
    private final CatalogueStore store;
    private final CatalogueFeed feed;

    CatalogueFeedFilter(CatalogueStore store, CatalogueFeed feed) {
        this.store = store;
        this.feed = feed;
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
        PageRequest paging;
        try {
            syntax = RdfSyntax.chosen(request);
            paging = PageRequest.of(request);
        } catch (RdfSyntax.UnknownFormatException | PageRequest.BadPageException e) {
            RdfResponse.error(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        CataloguePage page = feed.page(store, paging.offset(), paging.size());
        long last = paging.lastPage(page.totalItems());
        if (paging.page() > last) {
            RdfResponse.error(response, HttpServletResponse.SC_NOT_FOUND, "There is no page " + paging.page()
                    + ": the catalogue has " + page.totalItems() + " records, " + last + " page(s) of " + paging.size());
            return;
        }
        Graph graph = page.graph();
        new HydraView(request.getRequestURL().toString(), paging, request.getParameter("format"))
                .addTo(graph, feed.catalogue(), page.items(), page.totalItems());
        RdfResponse.send(request, response, syntax, graph);
    }
}
