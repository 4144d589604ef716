// SPDX-License-Identifier: Apache-2.0
package be.slimcat.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A portal on a loopback port that serves a generated catalogue of any size, page by page, as a
 * Hydra-paged DCAT Turtle feed ({@code /dcat}) and as a CKAN {@code package_search} API
 * ({@code /ckan/api/3/action/package_search}). Pages are generated on request, so the portal uses
 * no memory for the catalogue.
 */
final class GeneratedPortal implements AutoCloseable {
    /** The EU data themes datasets get in turn, so that facets have several values. */
    static final String[] THEMES = {"TRAN", "ENVI", "GOVE", "SOCI", "ENER"};

    private final HttpServer server;
    private final java.util.concurrent.ExecutorService executor = Executors.newFixedThreadPool(2);
    private final int datasets;
    private final int pageSize;
    private volatile boolean revised;

    GeneratedPortal(int datasets, int pageSize) throws IOException {
        this.datasets = datasets;
        this.pageSize = pageSize;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(executor);
        server.createContext("/dcat", ex -> send(ex, "text/turtle", dcatPage(page(ex))));
        server.createContext("/ckan/api/3/action/package_search", ex -> {
            Map<String, String> q = query(ex.getRequestURI());
            int start = Integer.parseInt(q.getOrDefault("start", "0"));
            int rows = Integer.parseInt(q.getOrDefault("rows", "10"));
            send(ex, "application/json", ckanPage(start, rows));
        });
        server.start();
    }

    URI dcatUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/dcat?page=1");
    }

    URI ckanUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/ckan");
    }

    /** With {@code on}, every hundredth dataset (0, 100, 200, …) has a revised title, as the next night's portal would. */
    void revise(boolean on) {
        revised = on;
    }

    private String revision(int dataset) {
        return revised && dataset % 100 == 0 ? " (herzien)" : "";
    }

    int pages() {
        return (datasets + pageSize - 1) / pageSize;
    }

    /** Page {@code n} (1-based) of the DCAT feed. */
    byte[] dcatPage(int n) {
        StringBuilder t = new StringBuilder(pageSize * 1200);
        t.append("@prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .\n")
                .append("@prefix foaf: <http://xmlns.com/foaf/0.1/> . @prefix hydra: <http://www.w3.org/ns/hydra/core#> .\n")
                .append("@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n");
        t.append("<http://127.0.0.1/dcat?page=").append(n).append("> a hydra:PartialCollectionView");
        if (n < pages()) {
            t.append(" ; hydra:next <dcat?page=").append(n + 1).append('>');
        }
        t.append(" .\n");
        int from = (n - 1) * pageSize;
        for (int i = from; i < Math.min(datasets, from + pageSize); i++) {
            String d = "<https://portal.example/dataset/" + i + ">";
            t.append(d).append(" a dcat:Dataset ; dct:identifier \"ds-").append(i).append("\" ;\n")
                    .append("  dct:title \"Dataset ").append(i).append(" over mobiliteit en parkeren").append(revision(i)).append("\"@nl ;\n")
                    .append("  dct:description \"Gegenereerde beschrijving van dataset ").append(i)
                    .append(", met tellingen per dag en per locatie in de stad.\"@nl ;\n")
                    .append("  dcat:keyword \"mobiliteit\"@nl, \"parkeren\"@nl ;\n")
                    .append("  dcat:theme <http://publications.europa.eu/resource/authority/data-theme/").append(THEMES[i % THEMES.length]).append("> ;\n")
                    .append("  dct:modified \"2026-11-").append(10 + i % 18).append("\"^^xsd:date ;\n")
                    .append("  dct:publisher <https://portal.example/org/").append(i % 50).append("> ;\n")
                    .append("  dcat:distribution <https://portal.example/dist/").append(i).append("/csv>, <https://portal.example/dist/")
                    .append(i).append("/json> .\n");
            t.append("<https://portal.example/org/").append(i % 50).append("> a foaf:Agent ; foaf:name \"Organisatie ")
                    .append(i % 50).append("\" .\n");
            for (String f : new String[] {"csv", "json"}) {
                t.append("<https://portal.example/dist/").append(i).append('/').append(f).append("> a dcat:Distribution ;")
                        .append(" dcat:accessURL <https://portal.example/files/").append(i).append('.').append(f).append("> ;")
                        .append(" dct:format <http://publications.europa.eu/resource/authority/file-type/").append(f.toUpperCase())
                        .append("> ; dct:license <http://publications.europa.eu/resource/authority/licence/CC_BY_4_0> .\n");
            }
        }
        return t.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] ckanPage(int start, int rows) {
        StringBuilder j = new StringBuilder(rows * 900);
        j.append("{\"success\": true, \"result\": {\"count\": ").append(datasets).append(", \"results\": [");
        for (int i = start; i < Math.min(datasets, start + rows); i++) {
            if (i > start) {
                j.append(',');
            }
            j.append("{\"id\": \"").append(String.format("%08d-0000-4000-8000-000000000000", i)).append("\", \"name\": \"ds-")
                    .append(i).append("\", \"title\": \"Dataset ").append(i).append(" over mobiliteit").append(revision(i)).append("\", \"notes\": \"Beschrijving ")
                    .append(i).append("\", \"metadata_modified\": \"2026-11-10T10:00:00\", \"license_id\": \"cc-by-4.0\",")
                    .append(" \"organization\": {\"name\": \"org-").append(i % 50).append("\", \"title\": \"Organisatie ")
                    .append(i % 50).append("\"}, \"tags\": [{\"name\": \"mobiliteit\"}],")
                    .append(" \"extras\": [{\"key\": \"frequency\", \"value\": \"daily\"}],")
                    .append(" \"resources\": [{\"id\": \"r").append(i).append("\", \"url\": \"https://portal.example/files/").append(i)
                    .append(".csv\", \"format\": \"CSV\"}]}");
        }
        return j.append("]}}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static int page(HttpExchange ex) {
        return Integer.parseInt(query(ex.getRequestURI()).getOrDefault("page", "1"));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> q = new HashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                q.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        return q;
    }

    private static void send(HttpExchange ex, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
