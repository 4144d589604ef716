// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import be.slimcat.server.web.search.FacetFunctions;
import be.slimcat.server.web.search.LiveSearchIndex;
import be.slimcat.server.web.search.Search;
import be.slimcat.server.web.search.SearchIndexBuilder;
import be.slimcat.server.web.search.SearchPage;
import be.slimcat.server.web.search.TextSearch;
import be.slimcat.store.CatalogueStore;
import be.slimcat.vocab.SlimcatIris;

/**
 * The pages people use, as servlets by path: the home page, the style sheet and scripts, and the 404
 * page for whatever nothing else answers. The server mounts them next to the SPARQL endpoint.
 */
public final class WebSite {
    private final Map<String, HttpServlet> servlets = new LinkedHashMap<>();
    private final Map<String, Filter> filters = new LinkedHashMap<>();
    private final HtmlPage page;
    private final StoreQueries queries;
    private final NotFound notFound;
    private final LiveSearchIndex searchIndex;
    private final FacetFunctions facetFunctions;

    public WebSite(CatalogueStore store, SlimcatIris iris) {
        LocalLinks links = new LocalLinks(iris);
        this.page = new HtmlPage(Templates.bundled(links));
        this.queries = new StoreQueries(store);
        this.notFound = new NotFound(page);
        servlets.put("/static/*", new StaticResourceServlet("be/slimcat/server/web/static"));
        servlets.put("/vragen/*", new QuestionsPage(store, iris, page, notFound, queries));
        filters.put("/*", new HomePage(queries, page, iris));
        searchIndex = new LiveSearchIndex(store, new SearchIndexBuilder(queries, iris));
        servlets.put("/kwaliteit", new QualityDashboardPage(store, queries, page, iris));
        servlets.put("/oogsten", new HarvestHistoryPage(queries, page));
        Search search = new Search(new TextSearch(queries));
        servlets.put("/zoeken", new SearchPage(searchIndex, search, page, links));
        facetFunctions = new FacetFunctions(searchIndex::current, search);
        servlets.put("/*", new NotFoundServlet(notFound));
        servlets.putAll(new be.slimcat.server.ld.LinkedData(store, iris, page, notFound).servlets());
    }

    /** The filters by path spec, to run before the SPARQL endpoint's dispatch. */
    public Map<String, Filter> filters() {
        return filters;
    }

    /** The default servlet: whatever nothing else answers is a 404 page. */
    private static final class NotFoundServlet extends HttpServlet {
        private final transient NotFound notFound;

        NotFoundServlet(NotFound notFound) {
            this.notFound = notFound;
        }

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
            notFound.send(request, response);
        }
    }

    /** The servlets by path spec (servlet-mapping syntax). */
    public Map<String, HttpServlet> servlets() {
        return servlets;
    }

    /** The search index kept in step with the store (stop its background rebuilds with {@link #close()}). */
    public LiveSearchIndex searchIndex() {
        return searchIndex;
    }

    /** The search index's facet functions for SPARQL, answered from {@link #searchIndex()}. */
    public FacetFunctions facetFunctions() {
        return facetFunctions;
    }

    /** Stops background work. */
    public void close() {
        searchIndex.close();
    }

    /** The page writer, for servlets of other packages that answer with HTML. */
    public HtmlPage page() {
        return page;
    }

    /** The 404 page. */
    public NotFound notFound() {
        return notFound;
    }
}
