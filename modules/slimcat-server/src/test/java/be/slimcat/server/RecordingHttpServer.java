// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * Test helper: a local HTTP server on a free loopback port that records every request line it receives and
 * answers each with one SPARQL JSON row ({@code ?x = "remote"}), so it can stand for a remote SPARQL endpoint
 * or for an internal address that must never be contacted.
 */
final class RecordingHttpServer implements AutoCloseable {
    static final String ANSWER = "{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":"
            + "[{\"x\":{\"type\":\"literal\",\"value\":\"remote\"}}]}}";

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    RecordingHttpServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            byte[] body = ANSWER.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    /** host:port of this server. */
    String authority() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    String url(String path) {
        return "http://" + authority() + path;
    }

    /** The requests received so far, as "METHOD URI". */
    List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
