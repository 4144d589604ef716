// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.slimcat.store.queries.LibraryQuery;
import be.slimcat.store.queries.QueryLibrary;
import be.slimcat.vocab.SlimcatIris;

/**
 * The README's first command, as a user runs it: the packaged jar serves a fresh store, loads the
 * samples, and answers every example query over HTTP.
 */
class ServeJarIT {
    private static final Pattern ENDPOINT = Pattern.compile("SPARQL endpoint\\s+(http://localhost:\\d+/sparql)");

    private static final String PASSWORD = "jar-admin-password-never-printed";

    @TempDir Path dir;
    private final StringBuilder seen = new StringBuilder();

    @Test
    void packaged_jar_serves_the_samples_and_answers_the_readme_queries() throws Exception {
        Path jar = Path.of("target", "slimcat.jar");
        assertTrue(Files.isRegularFile(jar), "run after package: " + jar.toAbsolutePath());
        Path passwordFile = Files.writeString(dir.resolve("admin-password"), PASSWORD + "\n");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "serve", "--store", dir.resolve("store").toString(), "--port", "0", "--localhost",
                "--admin-password-file", passwordFile.toString())
                .redirectErrorStream(true).start();
        try {
            String endpoint = awaitEndpoint(process);
            assertTrue(seen.toString().contains("Updates          http://localhost:"), seen.toString());
            assertTrue(!seen.toString().contains(PASSWORD), "serve printed the admin password:\n" + seen);
            HttpClient http = HttpClient.newHttpClient();
            for (LibraryQuery query : QueryLibrary.bundled().list()) {
                String file = query.name() + ".rq";
                String text = query.bind(Map.of(), SlimcatIris.defaults()).text();
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(endpoint))
                        .header("Content-Type", "application/sparql-query")
                        .header("Accept", "application/sparql-results+json")
                        .POST(HttpRequest.BodyPublishers.ofString(text)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, response.statusCode(), file + ": " + response.body());
                JsonObject json = JSON.parse(response.body());
                assertTrue(json.get("results").getAsObject().get("bindings").getAsArray().size() > 0, file + " returned no rows");
            }
        } finally {
            process.destroy();
            process.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void a_replica_jar_serves_what_the_primary_jar_stores() throws Exception {
        Path jar = Path.of("target", "slimcat.jar");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process primary = new ProcessBuilder(java, "-jar", jar.toString(), "serve", "--store", dir.resolve("primary").toString(),
                "--port", "0", "--localhost", "--patch-log").redirectErrorStream(true).start();
        Process replica = null;
        try {
            String primaryEndpoint = awaitEndpoint(primary);
            assertTrue(seen.toString().contains("Patch log        http://localhost:"), seen.toString());
            String primaryBase = primaryEndpoint.substring(0, primaryEndpoint.length() - "sparql".length());
            seen.setLength(0);
            replica = new ProcessBuilder(java, "-jar", jar.toString(), "serve", "--store", dir.resolve("replica").toString(),
                    "--port", "0", "--localhost", "--replica-of", primaryBase, "--poll-seconds", "1")
                    .redirectErrorStream(true).start();
            String replicaEndpoint = awaitEndpoint(replica);
            assertTrue(seen.toString().contains("Replica of       " + primaryBase), seen.toString());
            String count = "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g";
            String expected = csv(primaryEndpoint, count);
            assertTrue(expected.contains("https://data.slimcat.be/graph/inventory"), expected);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            String got = csv(replicaEndpoint, count);
            while (!got.equals(expected) && System.nanoTime() < deadline) {
                Thread.sleep(500);
                got = csv(replicaEndpoint, count);
            }
            assertEquals(expected, got, "the replica's graphs and triple counts after catching up");
        } finally {
            for (Process p : new Process[] {replica, primary}) {
                if (p != null) {
                    p.destroy();
                    p.waitFor(20, TimeUnit.SECONDS);
                }
            }
        }
    }

    private static String csv(String endpoint, String query) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private String awaitEndpoint(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String endpoint = null;
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            seen.append(line).append('\n');
            Matcher m = ENDPOINT.matcher(line);
            if (m.find()) {
                endpoint = m.group(1);
            }
            if (endpoint != null && line.contains("Limits")) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return endpoint;
            }
        }
        assertNotNull(null, "the server stopped before it served:\n" + seen);
        return null;
    }
}
