// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;

import be.slimcat.vocab.BundledQuery;

/**
 * {@code GET /oogsten}: the harvest history, per source the runs newest first with their status, counts
 * and a link to each run's own page (its problems and provenance). {@code ?source=ID} shows one source.
 */
final class HarvestHistoryPage extends HttpServlet {
    private static final Query RUNS = BundledQuery.load(HarvestHistoryPage.class, "queries/harvest-runs.rq");

    private final transient StoreQueries queries;
    private final transient HtmlPage page;

    HarvestHistoryPage(StoreQueries queries, HtmlPage page) {
        this.queries = queries;
        this.page = page;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String language = PageLanguage.choose(request, response).getLanguage();
        String only = request.getParameter("source");
        Map<String, Map<String, Object>> sources = new LinkedHashMap<>();
        Map<String, Node> parameters = new HashMap<>();
        parameters.put("language", NodeFactory.createLiteralString(language));
        if (only != null) {
            parameters.put("only", NodeFactory.createLiteralString(only));
        }
        for (Map<String, String> run : queries.select(RUNS, parameters)) {
            Map<String, Object> source = sources.computeIfAbsent(run.get("identifier"), id -> {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("identifier", id);
                s.put("iri", run.get("source"));
                s.put("title", run.getOrDefault("title", id));
                s.put("runs", new ArrayList<Map<String, String>>());
                return s;
            });
            @SuppressWarnings("unchecked")
            List<Map<String, String>> runs = (List<Map<String, String>>) source.get("runs");
            runs.add(run);
        }
        page.send(request, response, "harvests", Map.of("sources", List.copyOf(sources.values()),
                "only", only == null ? "" : only));
    }
}
