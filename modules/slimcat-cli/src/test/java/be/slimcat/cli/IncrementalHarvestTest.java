// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Incremental CKAN harvests end to end: a local CKAN portal whose packages change between nights,
 * harvested with {@code slimcat harvest} into a real TDB2 store.
 */
class IncrementalHarvestTest {
    private static final DateTimeFormatter CKAN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");

    @TempDir Path dir;
    private HttpServer server;
    private final Map<String, JsonObject> packages = new ConcurrentSkipListMap<>();
    private final List<String> filters = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/3/action/package_search", this::packageSearch);
        server.start();
        put("afvalkalender", "Afvalkalender", Instant.parse("2024-03-01T08:00:00Z"));
        put("bomen", "Bomeninventaris", Instant.parse("2024-03-02T08:00:00Z"));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** package_search as CKAN answers it: sorted, paged by start/rows, filtered by a metadata_modified range. */
    private void packageSearch(HttpExchange ex) throws IOException {
        Map<String, String> params = new java.util.HashMap<>();
        for (String pair : ex.getRequestURI().getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        String fq = params.getOrDefault("fq", "");
        filters.add(fq);
        Instant since = fq.startsWith("metadata_modified:[") ? Instant.parse(fq.substring(19, fq.indexOf(" TO "))) : Instant.EPOCH;
        List<JsonObject> matching = new ArrayList<>();
        for (JsonObject p : packages.values()) {
            Instant modified = LocalDateTime.parse(p.get("metadata_modified").getAsString().value()).toInstant(ZoneOffset.UTC);
            if (!modified.isBefore(since)) {
                matching.add(p);
            }
        }
        int start = Integer.parseInt(params.get("start"));
        int rows = Integer.parseInt(params.get("rows"));
        JsonArray results = new JsonArray();
        matching.subList(Math.min(start, matching.size()), Math.min(start + rows, matching.size())).forEach(results::add);
        JsonObject result = new JsonObject();
        result.put("count", matching.size());
        result.put("results", results);
        JsonObject body = new JsonObject();
        body.put("success", true);
        body.put("result", result);
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void put(String name, String title, Instant modified) {
        JsonObject organization = new JsonObject();
        organization.put("name", "ivago");
        organization.put("title", "IVAGO");
        JsonObject resource = new JsonObject();
        resource.put("id", name + "-csv");
        resource.put("url", "https://opendata.voorbeeldstad.be/exports/" + name + ".csv");
        resource.put("format", "CSV");
        JsonArray resources = new JsonArray();
        resources.add(resource);
        JsonObject p = new JsonObject();
        p.put("id", "id-" + name);
        p.put("name", name);
        p.put("title", title);
        p.put("notes", title + " van Voorbeeldstad.");
        p.put("license_id", "cc-zero");
        p.put("metadata_modified", CKAN_TIME.format(LocalDateTime.ofInstant(modified, ZoneOffset.UTC)));
        p.put("organization", organization);
        p.put("resources", resources);
        packages.put(name, p);
    }

    private Path sourcesFile() throws IOException {
        String ttl = "@prefix dct: <http://purl.org/dc/terms/> . @prefix dcat: <http://www.w3.org/ns/dcat#> ."
                + " @prefix sc: <https://data.slimcat.be/ns/slimcat#> .\n"
                + "<https://data.slimcat.be/id/bron/ivago> a sc:HarvestSource ; dct:identifier \"ivago\" ;"
                + " dct:title \"IVAGO open data\"@nl ; dct:publisher <https://data.slimcat.be/id/gemeente/44021> ;"
                + " dcat:endpointURL <http://127.0.0.1:" + server.getAddress().getPort() + "/> ; sc:dialect \"ckan\" ;"
                + " sc:pageSize 2 ; sc:incremental true ; sc:allowedHost \"127.0.0.1\" ; sc:enabled true .\n";
        return Files.writeString(dir.resolve("sources.ttl"), ttl);
    }

    private Cli harvest(String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("harvest", "--store", dir.resolve("store").toString(),
                "--sources", sourcesFile().toString(), "--source", "ivago"));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    private String titles() {
        return Cli.run("query", "--store", dir.resolve("store").toString(), "--results", "csv",
                "PREFIX dcat: <http://www.w3.org/ns/dcat#> PREFIX dct: <http://purl.org/dc/terms/>"
                        + " SELECT ?title { GRAPH <https://data.slimcat.be/graph/source/ivago> { ?d a dcat:Dataset ; dct:title ?title } }"
                        + " ORDER BY ?title").out;
    }

    private static List<String> row(Cli cli) {
        String line = cli.out.lines().filter(l -> l.startsWith("ivago ")).findFirst().orElseThrow(() -> new AssertionError(cli.out));
        return List.of(line.trim().split("\\s+")).subList(0, 7);
    }

    @Test
    void asks_for_changes_since_the_last_complete_run_merges_them_and_removes_only_after_a_full_run() throws IOException {
        Cli first = harvest();
        assertEquals(0, first.exitCode, first.toString());
        assertEquals(List.of("ivago", "succeeded", "2", "2", "0", "0", "0"), row(first));
        assertEquals(List.of(""), filters, "no earlier run: everything is asked for");
        assertEquals("title\r\nAfvalkalender\r\nBomeninventaris\r\n", titles());

        Instant later = Instant.now().plus(1, ChronoUnit.MINUTES);
        put("afvalkalender", "Afvalkalender 2025", later);
        put("containerparken", "Containerparken", later);
        packages.remove("bomen");
        filters.clear();
        Cli second = harvest("--report", dir.resolve("second.json").toString());
        assertEquals(0, second.exitCode, second.toString());
        assertEquals(1, filters.size(), filters.toString());
        assertTrue(filters.get(0).matches("metadata_modified:\\[\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ TO \\*\\]"), filters.get(0));
        assertEquals(List.of("ivago", "succeeded", "2", "1", "1", "1", "0"), row(second),
                "containerparken added, afvalkalender changed, bomen kept (a deletion is not seen incrementally)");
        assertTrue(second.out.contains("Merged 2 added or changed record(s) into <https://data.slimcat.be/graph/source/ivago>"), second.out);
        assertTrue(second.out.contains("deletions are seen by the next full run (--full)"), second.out);
        assertEquals("title\r\nAfvalkalender 2025\r\nBomeninventaris\r\nContainerparken\r\n", titles());
        String report = Files.readString(dir.resolve("second.json"));
        assertTrue(report.contains("\"effect\" : \"merge\""), report);
        assertTrue(report.contains("\"changedSince\""), report);

        filters.clear();
        Cli full = harvest("--full");
        assertEquals(0, full.exitCode, full.toString());
        assertEquals(List.of(""), filters, "--full asks for everything");
        assertEquals(List.of("ivago", "succeeded", "2", "0", "0", "2", "1"), row(full));
        assertEquals("title\r\nAfvalkalender 2025\r\nContainerparken\r\n", titles());
        assertFalse(full.out.contains("Merged"), full.out);
    }
}
