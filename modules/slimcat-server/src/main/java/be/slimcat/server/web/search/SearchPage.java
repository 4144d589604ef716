// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.web.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import be.slimcat.server.web.HtmlPage;
import be.slimcat.server.web.LocalLinks;
import be.slimcat.server.web.PageLanguage;
import be.slimcat.server.web.QueryString;

/**
 * {@code GET /zoeken}: search over all kinds of thing with facets. The URL holds the whole state, so it
 * can be shared: {@code q} (words), {@code page}, and one parameter per facet with each chosen value
 * (a class's local name for {@code type}, a path on this server for SlimCat's IRIs, else the IRI or text).
 */
public final class SearchPage extends HttpServlet {
    /** Results per page. */
    public static final int PAGE_SIZE = 20;
    private static final int VALUES_SHOWN = 8;
    private static final int VALUES_MORE = 60;

    private final transient LiveSearchIndex index;
    private final transient Search search;
    private final transient HtmlPage page;
    private final transient LocalLinks links;

    public SearchPage(LiveSearchIndex index, Search search, HtmlPage page, LocalLinks links) {
        this.index = index;
        this.search = search;
        this.page = page;
        this.links = links;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        QueryString query = QueryString.of(request);
        SearchIndex current = index.current();
        int pageNumber;
        try {
            pageNumber = query.first("page") == null ? 1 : Integer.parseInt(query.first("page"));
        } catch (NumberFormatException e) {
            pageNumber = 0;
        }
        if (pageNumber < 1) {
            page.send(request, response, HttpServletResponse.SC_BAD_REQUEST, "search-error",
                    Map.of("reason", "page", "value", String.valueOf(query.first("page"))));
            return;
        }
        Map<String, List<String>> selected = new HashMap<>();
        for (FacetIndex facet : current.facets().values()) {
            List<String> values = query.values(facet.facet().name()).stream().map(key -> value(facet, key)).toList();
            if (!values.isEmpty()) {
                selected.put(facet.facet().name(), values);
            }
        }
        SearchRequest searchRequest = new SearchRequest(query.first("q"), selected, pageNumber, PAGE_SIZE);
        SearchResults results = search.run(current, searchRequest);
        String language = PageLanguage.choose(request, response).getLanguage();
        QueryString base = query.without("page").without(PageLanguage.PARAMETER);

        Map<String, Object> model = new HashMap<>();
        model.put("q", searchRequest.text());
        model.put("total", results.total());
        model.put("from", results.total() == 0 ? 0 : (pageNumber - 1) * PAGE_SIZE + 1);
        model.put("to", (pageNumber - 1) * PAGE_SIZE + results.hits().size());
        model.put("hits", hits(current, results, language));
        model.put("facets", facets(results, base, language));
        model.put("chosen", chosen(results, base, language));
        model.put("previous", pageNumber > 1 ? base.with("page", Integer.toString(pageNumber - 1)).toUrl("/zoeken") : "");
        model.put("next", pageNumber * PAGE_SIZE < results.total()
                ? base.with("page", Integer.toString(pageNumber + 1)).toUrl("/zoeken") : "");
        model.put("hidden", hiddenFields(base));
        String sparql = SearchAsSparql.of(searchRequest, current);
        model.put("sparql", sparql);
        model.put("sparqlEditor", "/sparql-ui/?query=" + java.net.URLEncoder.encode(sparql, java.nio.charset.StandardCharsets.UTF_8));
        page.send(request, response, "search", model);
    }

    private List<Map<String, Object>> hits(SearchIndex current, SearchResults results, String language) {
        FacetIndex stars = current.facets().get("stars");
        List<Map<String, Object>> hits = new ArrayList<>();
        for (SearchResults.Hit hit : results.hits()) {
            SearchIndex.Item item = current.item(hit.item());
            Map<String, Object> row = new HashMap<>();
            row.put("href", links.href(item.iri()));
            row.put("label", Labels.pick(item.labels(), language, item.iri()));
            row.put("type", item.type());
            row.put("description", Labels.pick(item.descriptions(), language, ""));
            int[] rating = stars.valuesOf(hit.item());
            row.put("stars", rating.length == 0 ? "" : stars.value(rating[0]));
            hits.add(row);
        }
        return hits;
    }

    private List<Map<String, Object>> facets(SearchResults results, QueryString base, String language) {
        List<Map<String, Object>> facets = new ArrayList<>();
        for (SearchResults.FacetCounts counts : results.facets()) {
            if (counts.values().isEmpty()) {
                continue;
            }
            FacetIndex facet = counts.facet();
            String name = facet.facet().name();
            List<Map<String, Object>> values = new ArrayList<>();
            for (SearchResults.ValueCount value : counts.values()) {
                if (values.size() >= VALUES_SHOWN + VALUES_MORE && !value.selected()) {
                    continue;
                }
                String key = key(facet, facet.value(value.value()));
                Map<String, Object> row = new HashMap<>();
                row.put("label", label(facet, value.value(), language));
                row.put("labelKey", labelKey(facet, value.value()));
                row.put("count", value.count());
                row.put("selected", value.selected());
                row.put("href", (value.selected() ? base.minus(name, key) : base.plus(name, key)).toUrl("/zoeken"));
                values.add(row);
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", name);
            row.put("shown", values.subList(0, Math.min(VALUES_SHOWN, values.size())));
            row.put("more", values.subList(Math.min(VALUES_SHOWN, values.size()), values.size()));
            facets.add(row);
        }
        return facets;
    }

    private List<Map<String, Object>> chosen(SearchResults results, QueryString base, String language) {
        List<Map<String, Object>> chosen = new ArrayList<>();
        for (SearchResults.FacetCounts counts : results.facets()) {
            FacetIndex facet = counts.facet();
            for (SearchResults.ValueCount value : counts.values()) {
                if (value.selected()) {
                    Map<String, Object> row = new HashMap<>();
                    row.put("facet", facet.facet().name());
                    row.put("label", label(facet, value.value(), language));
                    row.put("labelKey", labelKey(facet, value.value()));
                    row.put("href", base.minus(facet.facet().name(), key(facet, facet.value(value.value()))).toUrl("/zoeken"));
                    chosen.add(row);
                }
            }
        }
        return chosen;
    }

    /** The facet choices as hidden form fields, so that new words keep them. */
    private static List<Map<String, String>> hiddenFields(QueryString base) {
        List<Map<String, String>> fields = new ArrayList<>();
        for (String name : base.names()) {
            if (!"q".equals(name)) {
                base.values(name).forEach(v -> fields.add(Map.of("name", name, "value", v)));
            }
        }
        return fields;
    }

    private String label(FacetIndex facet, int value, String language) {
        String fallback = facet.value(value);
        if ("stars".equals(facet.facet().name())) {
            return fallback + " ★";
        }
        return Labels.pick(facet.labels(value), language, links.href(fallback));
    }

    private static String labelKey(FacetIndex facet, int value) {
        if (facet.facet().isType()) {
            return "type." + localName(facet.value(value));
        }
        return "";
    }

    /** The URL form of a value. */
    private String key(FacetIndex facet, String value) {
        return facet.facet().isType() ? localName(value) : links.href(value);
    }

    /** The value a URL form stands for. */
    private String value(FacetIndex facet, String key) {
        if (facet.facet().isType()) {
            for (int id = 0; id < facet.size(); id++) {
                if (localName(facet.value(id)).equals(key)) {
                    return facet.value(id);
                }
            }
            return key;
        }
        return key.startsWith("/") ? links.iri(key) : key;
    }

    private static String localName(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }
}
