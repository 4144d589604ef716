// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.sparqlui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.google.gson.GsonBuilder;

/** Answers {@code GET} with one JSON document, written once when the servlet is made. */
final class JsonDocumentServlet extends HttpServlet {
    private final byte[] json;

    /** Serves the value (records, lists and maps) as JSON. */
    JsonDocumentServlet(Object document) {
        this.json = new GsonBuilder().disableHtmlEscaping().create().toJson(document).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }
}
