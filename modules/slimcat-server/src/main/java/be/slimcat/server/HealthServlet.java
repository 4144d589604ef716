// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

import be.slimcat.store.CatalogueStore;
import be.slimcat.store.GraphSummary;

/** {@code GET /health}: 200 with the store's graph and triple counts when the store answers, else 503. */
final class HealthServlet extends HttpServlet {
    private final transient CatalogueStore store;

    HealthServlet(CatalogueStore store) {
        this.store = store;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonObject body = new JsonObject();
        try {
            List<GraphSummary> graphs = store.graphs();
            body.put("status", "ok");
            body.put("graphs", graphs.size());
            body.put("triples", graphs.stream().mapToLong(GraphSummary::triples).sum());
            response.setStatus(HttpServletResponse.SC_OK);
        } catch (RuntimeException e) {
            body.put("status", "unavailable");
            body.put("reason", String.valueOf(e.getMessage()));
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(JSON.toString(body).getBytes(StandardCharsets.UTF_8));
    }
}
