// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;

import be.slimcat.store.CatalogueStore;
import be.slimcat.store.queries.BoundQuery;
import be.slimcat.store.queries.InvalidParameterException;
import be.slimcat.store.queries.LibraryQuery;
import be.slimcat.store.queries.QueryLibrary;
import be.slimcat.store.queries.QueryResult;
import be.slimcat.vocab.SlimcatIris;

/**
 * {@code GET /vragen}: every query of the library with a form of its parameters; {@code GET
 * /vragen/{name}?param=...}: runs one and shows its rows, the SPARQL with the values filled in and a
 * link that opens it in the SPARQL editor. A bad parameter gives the form again with the error (400).
 */
final class QuestionsPage extends HttpServlet {
    /** Where the SPARQL editor (YASGUI) is served; it reads the query from {@code ?query=}. */
    static final String EDITOR = "/sparql-ui/";

    private final transient CatalogueStore store;
    private final transient SlimcatIris iris;
    private final transient HtmlPage page;
    private final transient NotFound notFound;
    private final transient QuestionsForms forms;

    QuestionsPage(CatalogueStore store, SlimcatIris iris, HtmlPage page, NotFound notFound, StoreQueries queries) {
        this.store = store;
        this.iris = iris;
        this.page = page;
        this.notFound = notFound;
        this.forms = new QuestionsForms(queries, iris);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String language = PageLanguage.choose(request, response).getLanguage();
        if (path == null || "/".equals(path)) {
            List<Map<String, Object>> all = new ArrayList<>();
            Map<String, List<Map<String, String>>> choices = new HashMap<>();
            for (LibraryQuery query : QueryLibrary.bundled().list()) {
                all.add(forms.describe(query, Map.of(), language, choices));
            }
            page.send(request, response, "questions", Map.of("queries", all));
            return;
        }
        LibraryQuery query = QueryLibrary.bundled().find(path.substring(1)).orElse(null);
        if (query == null) {
            notFound.send(request, response);
            return;
        }
        Map<String, String> given = given(request, query);
        Map<String, Object> model = new HashMap<>();
        model.put("query", forms.describe(query, given, language, new HashMap<>()));
        try {
            BoundQuery bound = query.bind(given, iris);
            QueryResult result = bound.select(store);
            String text = bound.text();
            model.put("error", "");
            model.put("variables", result.variables());
            model.put("rows", cells(result));
            model.put("sparql", text);
            model.put("editorLink", EDITOR + "?query=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
            page.send(request, response, "questions-result", model);
        } catch (InvalidParameterException e) {
            model.put("error", e.getMessage());
            model.put("variables", List.of());
            model.put("rows", List.of());
            model.put("sparql", "");
            model.put("editorLink", "");
            page.send(request, response, HttpServletResponse.SC_BAD_REQUEST, "questions-result", model);
        }
    }

    /** The request parameters that are not the language switch: the query's, and unknown ones (refused by binding). */
    private static Map<String, String> given(HttpServletRequest request, LibraryQuery query) {
        Map<String, String> given = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!PageLanguage.PARAMETER.equals(name) && values.length > 0) {
                given.put(name, values[0]);
            }
        });
        return given;
    }

    /** Each cell with its {@code iri} (to link) or its {@code text}; the other is empty. */
    private static List<List<Map<String, String>>> cells(QueryResult result) {
        List<List<Map<String, String>>> rows = new ArrayList<>();
        for (List<Node> row : result.rows()) {
            List<Map<String, String>> cells = new ArrayList<>();
            for (Node node : row) {
                if (node == null) {
                    cells.add(Map.of("iri", "", "text", ""));
                } else if (node.isURI()) {
                    cells.add(Map.of("iri", node.getURI(), "text", ""));
                } else if (node.isLiteral()) {
                    cells.add(Map.of("iri", "", "text", node.getLiteralLexicalForm()));
                } else {
                    cells.add(Map.of("iri", "", "text", node.toString()));
                }
            }
            rows.add(cells);
        }
        return rows;
    }
}
