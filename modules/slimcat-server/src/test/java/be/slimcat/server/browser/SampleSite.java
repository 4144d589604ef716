// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.browser;

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
import be.slimcat.store.StoreUnderTest;
import be.slimcat.store.SampleData;
import be.slimcat.vocab.SlimcatIris;

/**
 * The sample data in a real TDB2 store, served by a real server on a free loopback port: the site that
 * browser tests (and HTTP tests of other packages) run against.
 */
public final class SampleSite implements AutoCloseable {
    private final CatalogueStore store;
    private final CatalogueServer server;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private SampleSite(CatalogueStore store, CatalogueServer server) {
        this.store = store;
        this.server = server;
    }

    /** Loads the sample data into a store in {@code dir} and starts serving it. */
    public static SampleSite start(Path dir) {
        return start(dir, null);
    }

    /**
     * Loads the sample data, and the named graphs of a TriG classpath resource (e.g. a harvested source
     * with its harvest run and quality results), into a store in {@code dir} and starts serving it.
     */
    public static SampleSite start(Path dir, String trigResource) {
        CatalogueStore store = StoreUnderTest.open(dir);
        new SampleData(SlimcatIris.defaults()).loadInto(store);
        if (trigResource != null) {
            DatasetGraph extra = DatasetGraphFactory.create();
            try (InputStream in = SampleSite.class.getResourceAsStream(trigResource)) {
                if (in == null) {
                    throw new IllegalArgumentException("No test resource " + trigResource);
                }
                RDFParser.source(in).lang(Lang.TRIG).parse(extra);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            extra.listGraphNodes().forEachRemaining(g -> store.replaceGraph(g, extra.getGraph(g)));
        }
        CatalogueServer server = CatalogueServer.builder(store).port(0).loopbackOnly(true).build().start();
        return new SampleSite(store, server);
    }

    /** The origin, e.g. {@code http://localhost:41234}. */
    public String origin() {
        return "http://localhost:" + server.port();
    }

    /** The absolute URL of a path of the site. */
    public String url(String path) {
        return origin() + path;
    }

    /** The store behind the site. */
    public CatalogueStore store() {
        return store;
    }

    /** {@code GET path} with the headers (name, value, name, value...); redirects are not followed. */
    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
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
