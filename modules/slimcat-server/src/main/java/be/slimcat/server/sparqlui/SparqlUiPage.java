// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.sparqlui;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import be.slimcat.server.web.HtmlPage;

/**
 * {@code GET /sparql-ui/}: the page that holds YASGUI (template {@code sparql-ui.peb}); the script
 * {@code sparql-ui.js} reads its settings from the page's {@code data-} attributes.
 */
final class SparqlUiPage extends HttpServlet {
    private final transient HtmlPage page;

    SparqlUiPage(HtmlPage page) {
        this.page = page;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        page.send(request, response, "sparql-ui", Map.of(
                "endpoint", SparqlUi.ENDPOINT,
                "examples", SparqlUi.PATH + "examples.json",
                "prefixes", SparqlUi.PATH + "prefixes.json"));
    }
}
