// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/**
 * Optional check against real portal payloads: when {@code ../shared/real-world} lies beside the
 * repository, its DCAT feeds, CKAN, DCAT-US and Socrata answers are served on loopback and
 * harvested with one command from a sources file; then a second night in which one source is down
 * and another returns nothing must keep all the data. Without that folder the check says so and is
 * skipped.
 */
class RealWorldFeedsIT {
    @TempDir Path dir;

    @Test
    void harvests_every_real_world_source_and_keeps_the_data_through_a_bad_night() throws Exception {
        Path realWorld = Path.of(System.getProperty("slimcat.repository", "../..")).resolve("../shared/real-world").normalize();
        if (!Files.isDirectory(realWorld)) {
            System.out.println("SKIPPED: " + realWorld + " is absent, so the real-world feed check did not run");
            Assumptions.abort(realWorld + " is absent: the real-world feed check was skipped");
        }
        Map<String, String[]> sources = new LinkedHashMap<>(); // id -> {dialect, file}
        try (Stream<Path> dcat = Stream.of("flanders", "belgium", "france", "italy", "quirks")
                .flatMap(d -> list(realWorld.resolve("dcat").resolve(d)))) {
            dcat.filter(f -> f.toString().endsWith(".rdf") || f.toString().endsWith(".ttl"))
                    .forEach(f -> sources.put(id(f), new String[] {"dcat", realWorld.relativize(f).toString()}));
        }
        sources.put("ckan-demo", new String[] {"ckan", "harvest/ckan/demo.ckan.org/package_search_rows3.json"});
        sources.put("arcgis-evian", new String[] {"dcat-us", "harvest/arcgis-hub/ville-d-evian.hub.arcgis.com_data.json"});
        sources.put("usda", new String[] {"dcat-us", "harvest/data-json/usda.gov_data.json"});
        sources.put("socrata", new String[] {"socrata", "harvest/socrata/discovery-api_catalog_v1_results.json"});

        AtomicReference<String> down = new AtomicReference<>();
        AtomicReference<String> empty = new AtomicReference<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            String id = ex.getRequestURI().getPath().substring(1).split("/", 2)[0];
            String query = ex.getRequestURI().getQuery() == null ? "" : ex.getRequestURI().getQuery();
            String[] source = sources.get(id);
            byte[] body;
            int status = 200;
            if (source == null || id.equals(down.get())) {
                status = source == null ? 404 : 503;
                body = "unavailable".getBytes(StandardCharsets.UTF_8);
            } else if (id.equals(empty.get()) || query.matches(".*(start|offset)=[1-9].*")) {
                body = emptyPage(source[0]);
            } else {
                body = Files.readAllBytes(realWorld.resolve(source[1]));
            }
            ex.getResponseHeaders().set("Content-Type", contentType(source == null ? "" : source[1]));
            ex.sendResponseHeaders(status, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            StringBuilder ttl = new StringBuilder("@prefix dct: <http://purl.org/dc/terms/> . @prefix dcat: <http://www.w3.org/ns/dcat#> ."
                    + " @prefix sc: <https://data.slimcat.be/ns/slimcat#> .\n");
            sources.forEach((id, s) -> ttl.append("<https://data.slimcat.be/id/bron/").append(id).append("> a sc:HarvestSource ;")
                    .append(" dct:identifier \"").append(id).append("\" ; dct:title \"").append(s[1]).append("\" ;")
                    .append(" dct:publisher <https://data.slimcat.be/id/organisatie/vlaamse-overheid> ;")
                    .append(" dcat:endpointURL <http://127.0.0.1:").append(server.getAddress().getPort()).append('/').append(id)
                    .append("> ; sc:dialect \"").append(s[0]).append("\" ; sc:allowedHost \"127.0.0.1\" ; sc:enabled true .\n"));
            Path sourcesFile = Files.writeString(dir.resolve("real-world-sources.ttl"), ttl.toString());
            String store = dir.resolve("store").toString();
            String[] args = {"harvest", "--store", store, "--sources", sourcesFile.toString(), "--report", dir.resolve("r.json").toString()};
            String[] withIds = new String[args.length + 2 * sources.size()];
            System.arraycopy(args, 0, withIds, 0, args.length);
            int i = args.length;
            for (String id : sources.keySet()) {
                withIds[i++] = "--source";
                withIds[i++] = id;
            }

            Cli night1 = Cli.run(withIds);
            assertTrue(night1.exitCode == 0 || night1.exitCode == 3, night1.toString());
            JsonObject report = JSON.parse(Files.readString(dir.resolve("r.json")));
            long total = 0;
            int lenient = 0;
            for (JsonValue v : report.get("sources").getAsArray()) {
                JsonObject s = v.getAsObject();
                // every feed is read: the ones Jena refuses (FAVV's RDF/XML with several node elements in one
                // property element, GeoNetwork's two IRIs in one rdf:about) by the lenient parser, which says
                // so in the first problem of the page
                assertEquals("succeeded", s.get("status").getAsString().value(), s.toString());
                long records = s.get("records").getAsNumber().value().longValue();
                assertTrue(records > 0, s.get("source") + " gave no records");
                total += records;
                if (firstReason(s).startsWith("page read by the lenient parser")) {
                    lenient++;
                }
            }
            JsonObject favv = sourceNamed(report, "data-gov-be-favv-dcat");
            assertEquals(3, favv.get("records").getAsNumber().value().longValue(), favv.toString());
            assertTrue(firstReason(favv).startsWith("page read by the lenient parser (RDF4J Rio) because Jena's parser refused it"
                    + " (line 42, column 73: Start tag after inner node element"), favv.toString());
            JsonObject geonetwork = sourceNamed(report, "sig-oreme-org-geonetwork-invalid-iri");
            assertEquals(1, geonetwork.get("records").getAsNumber().value().longValue(), geonetwork.toString());
            assertTrue(firstReason(geonetwork).startsWith("page read by the lenient parser (RDF4J Rio) because Jena's parser refused"
                    + " it (line 13, column 206: <https://sig.oreme.org/geonetwork/srv/resources/datasets/"), geonetwork.toString());
            assertEquals(2, lenient, "FAVV's and GeoNetwork's feeds are read leniently, the others by Jena");
            long stored = count(store);
            assertEquals(total, stored, "every harvested record is in the catalogue");
            System.out.printf("real-world feeds: %d sources, %d records harvested and stored, %d feed(s) read leniently%n",
                    sources.size(), total, lenient);

            down.set("ckan-demo");
            empty.set("usda");
            Cli night2 = Cli.run(withIds);
            assertEquals(4, night2.exitCode, night2.toString());
            assertEquals(stored, count(store), "the bad night lost nothing");
        } finally {
            server.stop(0);
        }
    }

    private static String firstReason(JsonObject source) {
        var problems = source.get("problems").getAsArray();
        return problems.isEmpty() ? "" : problems.get(0).getAsObject().get("reason").getAsString().value();
    }

    private static JsonObject sourceNamed(JsonObject report, String id) {
        for (JsonValue v : report.get("sources").getAsArray()) {
            if (v.getAsObject().get("source").getAsString().value().equals(id)) {
                return v.getAsObject();
            }
        }
        throw new AssertionError("no source " + id + " in the report");
    }

    private static long count(String store) {
        Cli q = Cli.run("query", "--store", store, "--results", "csv",
                "SELECT (COUNT(DISTINCT ?r) AS ?n) { GRAPH ?g { ?r <https://data.slimcat.be/ns/slimcat#contentHash> ?hash } }");
        return Long.parseLong(q.out.split("\r\n")[1]);
    }

    private static byte[] emptyPage(String dialect) {
        String body = switch (dialect) {
            case "ckan" -> "{\"success\": true, \"result\": {\"count\": 3, \"results\": []}}";
            case "socrata" -> "{\"results\": [], \"resultSetSize\": 0}";
            case "dcat-us" -> "{\"conformsTo\": \"https://project-open-data.cio.gov/v1.1/schema\", \"dataset\": []}";
            default -> "";
        };
        return body.getBytes(StandardCharsets.UTF_8);
    }

    private static String contentType(String file) {
        if (file.endsWith(".ttl")) {
            return "text/turtle";
        }
        if (file.endsWith(".rdf")) {
            return "application/rdf+xml";
        }
        return "application/json";
    }

    private static String id(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.substring(0, name.lastIndexOf('.')).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static Stream<Path> list(Path directory) {
        try {
            return Files.isDirectory(directory) ? Files.list(directory).sorted() : Stream.empty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
