// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.ld;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

import be.slimcat.server.CatalogueServer;
import be.slimcat.store.CatalogueStore;
import be.slimcat.store.SampleData;
import be.slimcat.vocab.SlimcatIris;

/**
 * A real TDB2 store with the sample data plus {@code harvested.trig} (one harvested dataset with its
 * catalogue record, harvest run, measurements and report), served by a real server on a free loopback port.
 */
final class ServedCatalogue implements AutoCloseable {
    final CatalogueStore store;
    final CatalogueServer server;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private ServedCatalogue(CatalogueStore store, CatalogueServer server) {
        this.store = store;
        this.server = server;
    }

    static ServedCatalogue start(Path dir) {
        CatalogueStore store = CatalogueStore.open(dir);
        new SampleData(SlimcatIris.defaults()).loadInto(store);
        DatasetGraph harvested = DatasetGraphFactory.create();
        try (InputStream in = ServedCatalogue.class.getResourceAsStream("harvested.trig")) {
            RDFParser.source(in).lang(Lang.TRIG).parse(harvested);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        harvested.listGraphNodes().forEachRemaining(g -> store.replaceGraph(g, harvested.getGraph(g)));
        CatalogueServer server = CatalogueServer.builder(store).port(0).loopbackOnly(true).build().start();
        return new ServedCatalogue(store, server);
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
