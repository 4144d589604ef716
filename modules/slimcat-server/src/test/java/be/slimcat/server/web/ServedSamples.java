// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import be.slimcat.server.CatalogueServer;
import be.slimcat.store.CatalogueStore;
import be.slimcat.store.SampleData;
import be.slimcat.vocab.SlimcatIris;

/** A real TDB2 store with the sample data, served by a real server on a free loopback port. */
final class ServedSamples implements AutoCloseable {
    final CatalogueStore store;
    final CatalogueServer server;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private ServedSamples(CatalogueStore store, CatalogueServer server) {
        this.store = store;
        this.server = server;
    }

    static ServedSamples start(Path dir) {
        CatalogueStore store = CatalogueStore.open(dir);
        new SampleData(SlimcatIris.defaults()).loadInto(store);
        CatalogueServer server = CatalogueServer.builder(store).port(0).loopbackOnly(true).build().start();
        return new ServedSamples(store, server);
    }

    String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
