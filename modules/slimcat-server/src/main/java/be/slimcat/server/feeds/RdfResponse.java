// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.feeds;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;

/** Writes a graph as the answer to a request, in the syntax it asks for. */
final class RdfResponse {
    private RdfResponse() {}

    /** Sends the graph in the syntax the request chose (the body is left out for HEAD). */
    static void send(HttpServletRequest request, HttpServletResponse response, RdfSyntax syntax, Graph graph) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(syntax.contentType);
        response.setCharacterEncoding("utf-8");
        response.setHeader("Vary", "Accept");
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        try (OutputStream out = response.getOutputStream()) {
            RDFDataMgr.write(out, graph, syntax.format);
        }
    }

    /** Sends a plain-text error. */
    static void error(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** True for GET and HEAD, the methods the feeds answer. */
    static boolean readMethod(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    /** Answers another method with 405 and the methods allowed. */
    static void methodNotAllowed(HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "GET, HEAD");
        error(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Only GET and HEAD are allowed here");
    }
}
