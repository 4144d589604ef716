// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/** slimcat harvest against a real local HTTP server: a harvest, then a source that goes down, then one that empties. */
class HarvestCommandTest {
    private static final String DATASETS = "SELECT (COUNT(DISTINCT ?d) AS ?n) { GRAPH <https://data.slimcat.be/graph/source/voorbeeld>"
            + " { ?d a <http://www.w3.org/ns/dcat#Dataset> } }";

    @TempDir Path dir;
    private HttpServer server;
    private final AtomicReference<String> mode = new AtomicReference<>("feed");

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/catalog", ex -> {
            String page = "page=2".equals(ex.getRequestURI().getQuery()) ? "feeds/hydra-page2.ttl" : "feeds/hydra-page1.ttl";
            byte[] body = switch (mode.get()) {
                case "feed" -> resource(page);
                case "empty" -> "# no datasets today\n".getBytes(StandardCharsets.UTF_8);
                default -> new byte[0];
            };
            int status = "down".equals(mode.get()) ? 503 : 200;
            ex.getResponseHeaders().set("Content-Type", "text/turtle");
            ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = HarvestCommandTest.class.getResourceAsStream("/" + path)) {
            return in.readAllBytes();
        }
    }

    private Cli harvest(String... extra) {
        return harvestAs("dcat", extra);
    }

    private Cli harvestAs(String dialect, String... extra) {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/catalog";
        String[] base = {"harvest", "--store", dir.resolve("store").toString(), "--url", url, "--dialect", dialect,
            "--id", "voorbeeld", "--allow-host", "127.0.0.1"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return Cli.run(args);
    }

    private String datasets() {
        return Cli.run("query", "--store", dir.resolve("store").toString(), "--results", "csv", DATASETS).out;
    }

    @Test
    void harvests_then_keeps_the_data_when_the_source_goes_down_or_empties() throws IOException {
        Path report = dir.resolve("report.json");
        Path html = dir.resolve("report.html");
        Cli first = harvest("--report", report.toString(), "--report", html.toString());
        assertEquals(3, first.exitCode, first.toString()); // one blank dataset without identifier is rejected
        String row = first.out.lines().filter(l -> l.startsWith("voorbeeld ")).findFirst().orElseThrow();
        assertEquals(java.util.List.of("voorbeeld", "succeeded", "4", "4", "0", "0", "0", "1", "2"),
                java.util.List.of(row.trim().split("\\s+")).subList(0, 9), row);
        assertTrue(first.out.contains("rejected http://127.0.0.1:"), first.out);
        assertEquals("n\r\n4\r\n", datasets());
        JsonObject json = JSON.parse(Files.readString(report));
        JsonObject source = json.get("sources").getAsArray().get(0).getAsObject();
        assertEquals("succeeded", source.get("status").getAsString().value());
        assertEquals(2, source.get("pagesRead").getAsNumber().value().intValue());
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>"), page);
        assertTrue(page.contains("<td class=\"text succeeded\">succeeded</td><td>4</td><td>4</td><td>0</td><td>0</td><td>0</td><td>1</td><td>2</td>"), page);
        assertTrue(page.contains("a dataset without IRI and without dct:identifier cannot be identified across runs"), page);

        mode.set("down");
        Cli down = harvest();
        assertEquals(4, down.exitCode, down.toString());
        assertTrue(down.out.contains("Kept the last good data"), down.out);
        assertEquals("n\r\n4\r\n", datasets());

        mode.set("empty");
        Cli empty = harvest();
        assertEquals(3, empty.exitCode, empty.toString());
        assertTrue(empty.out.contains("the source shrank from 4 to 0 records"), empty.out);
        assertEquals("n\r\n4\r\n", datasets());

        Cli log = Cli.run("query", "--store", dir.resolve("store").toString(), "--results", "csv",
                "PREFIX sc: <https://data.slimcat.be/ns/slimcat#> SELECT ?status { ?run sc:harvestStatus ?status } ORDER BY ?status");
        assertEquals("status\r\nshrunk\r\nsucceeded\r\nunavailable\r\n", log.out);
    }

    @Test
    void a_dry_run_changes_nothing() {
        Cli dry = harvest("--dry-run");
        assertEquals(3, dry.exitCode, dry.toString());
        assertEquals("n\r\n0\r\n", datasets());
    }

    @Test
    void loopback_sources_must_be_allowed_explicitly() {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/catalog";
        Cli refused = Cli.run("harvest", "--store", dir.resolve("store").toString(), "--url", url, "--dialect", "dcat");
        assertEquals(4, refused.exitCode, refused.toString());
        assertTrue(refused.out.contains("resolves to the internal address 127.0.0.1"), refused.out);
    }

    @Test
    void an_unknown_dialect_is_a_usage_error() {
        Cli cli = harvestAs("gopher");
        assertEquals(2, cli.exitCode, cli.toString());
        assertTrue(cli.err.startsWith("slimcat: Unknown portal dialect 'gopher' (known: ckan, dcat, dcat-us, dkan, opendatasoft, socrata)"), cli.err);
    }

    private Path sourcesFile(String body) throws IOException {
        String ttl = "@prefix dct: <http://purl.org/dc/terms/> . @prefix dcat: <http://www.w3.org/ns/dcat#> ."
                + " @prefix sc: <https://data.slimcat.be/ns/slimcat#> .\n"
                + "<https://data.slimcat.be/id/bron/voorbeeld> a sc:HarvestSource ; dct:identifier \"voorbeeld\" ;"
                + " dct:title \"Voorbeeldportaal\"@nl ; dct:publisher <https://data.slimcat.be/id/gemeente/44021> ;"
                + " dcat:endpointURL <http://127.0.0.1:" + server.getAddress().getPort() + "/catalog> ;"
                + " sc:allowedHost \"127.0.0.1\" ; sc:enabled false ; " + body + " .\n";
        return Files.writeString(dir.resolve("sources.ttl"), ttl);
    }

    @Test
    void harvests_a_source_named_from_a_sources_file() throws IOException {
        Path sources = sourcesFile("sc:dialect \"dcat\"");
        Cli cli = Cli.run("harvest", "--store", dir.resolve("store").toString(), "--sources", sources.toString(),
                "--source", "voorbeeld");
        assertEquals(3, cli.exitCode, cli.toString());
        assertTrue(cli.out.contains("voorbeeld: harvested 4 records from 2 page(s)"), cli.out);
        assertEquals("n\r\n4\r\n", datasets());
    }

    @Test
    void an_invalid_sources_file_stops_everything_before_a_request() throws IOException {
        Path sources = sourcesFile("sc:dialect \"gopher\" ; sc:pageSize 0");
        Cli cli = Cli.run("harvest", "--store", dir.resolve("store").toString(), "--sources", sources.toString(),
                "--source", "voorbeeld");
        assertEquals(3, cli.exitCode, cli.toString());
        assertTrue(cli.out.contains("sc:dialect"), cli.out);
        assertTrue(cli.out.contains("sc:pageSize"), cli.out);
        assertTrue(cli.err.contains("nothing was harvested"), cli.err);
    }

    @Test
    void an_unknown_source_is_a_usage_error() throws IOException {
        Path sources = sourcesFile("sc:dialect \"dcat\"");
        Cli cli = Cli.run("harvest", "--store", dir.resolve("store").toString(), "--sources", sources.toString(),
                "--source", "nergens");
        assertEquals(2, cli.exitCode, cli.toString());
        assertTrue(cli.err.startsWith("slimcat: No source 'nergens' (known: "), cli.err);
        assertTrue(cli.err.contains("voorbeeld"), cli.err);
    }

    @Test
    void the_bundled_sources_are_valid() {
        Cli cli = Cli.run("validate", Path.of(System.getProperty("slimcat.repository", "../..")).resolve("data-samples/sources.ttl").toString());
        assertEquals(0, cli.exitCode, cli.toString());
        assertTrue(cli.out.endsWith("0 focus node(s): 0 violation(s), 0 warning(s), 0 info(s) — no violations\n"), cli.out);
    }

    @Test
    void the_same_dataset_from_two_sources_is_linked_not_merged() throws IOException {
        server.createContext("/aggregator.ttl", ex -> {
            byte[] body = resource("feeds/aggregator.ttl");
            ex.getResponseHeaders().set("Content-Type", "text/turtle");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        harvest();
        Cli second = Cli.run("harvest", "--store", dir.resolve("store").toString(), "--url",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/aggregator.ttl", "--dialect", "dcat", "--id", "aggregator",
                "--allow-host", "127.0.0.1");
        assertEquals(0, second.exitCode, second.toString());
        assertTrue(second.out.contains("Datasets harvested from more than one source: 1"), second.out);
        Cli links = Cli.run("query", "--store", dir.resolve("store").toString(), "--results", "csv",
                "SELECT ?copy ?canonical { ?copy <https://data.slimcat.be/ns/slimcat#duplicateOf> ?canonical }");
        assertEquals("copy,canonical\r\nhttps://vlaanderen.voorbeeld.be/dataset/0001,https://data.voorbeeld.be/dataset/parkings\r\n",
                links.out);
        Cli both = Cli.run("query", "--store", dir.resolve("store").toString(), "--results", "csv",
                "SELECT (COUNT(*) AS ?n) { VALUES ?d { <https://vlaanderen.voorbeeld.be/dataset/0001> <https://data.voorbeeld.be/dataset/parkings> }"
                        + " ?d a <http://www.w3.org/ns/dcat#Dataset> }");
        assertEquals("n\r\n2\r\n", both.out, "both copies stay");
    }
}
