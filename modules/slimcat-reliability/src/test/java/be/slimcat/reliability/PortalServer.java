// SPDX-License-Identifier: Apache-2.0
package be.slimcat.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A portal on the loopback interface: serves the bytes last given for each path (the content can change
 * between requests), optionally slowly, and remembers the most requests it answered at the same time.
 */
public final class PortalServer implements AutoCloseable {
    private record Page(String contentType, byte[] body) {}

    private final HttpServer server;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile long delayMillis;

    public PortalServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::answer);
        server.start();
    }

    /** Serves {@code body} at {@code path} from now on. */
    public void serve(String path, String contentType, byte[] body) {
        pages.put(path, new Page(contentType, body));
    }

    /** Waits this long before answering each request. */
    public void delay(long millis) {
        delayMillis = millis;
    }

    /** The absolute URL of a path on this server. */
    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** The most requests that were being answered at the same time since the last {@link #resetCounts()}. */
    public int mostInFlight() {
        return mostInFlight.get();
    }

    /** The requests received since the last {@link #resetCounts()}. */
    public int requests() {
        return requests.get();
    }

    /** Starts counting requests anew. */
    public void resetCounts() {
        requests.set(0);
        mostInFlight.set(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        int now = inFlight.incrementAndGet();
        mostInFlight.accumulateAndGet(now, Math::max);
        try {
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            Page page = pages.get(exchange.getRequestURI().getPath());
            if (page == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", page.contentType());
            exchange.sendResponseHeaders(200, page.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            inFlight.decrementAndGet();
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
