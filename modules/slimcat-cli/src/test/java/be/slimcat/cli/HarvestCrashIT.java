// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/**
 * Kills the packaged jar (SIGKILL) at random moments of a harvest, many times: the store must
 * always open, with either the old or the new graph of the source, never a mix.
 */
class HarvestCrashIT {
    private static final int TRIALS = 10;

    @TempDir Path dir;

    private static byte[] feed(int datasets, String version) {
        StringBuilder ttl = new StringBuilder("@prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .\n");
        for (int i = 0; i < datasets; i++) {
            ttl.append("<https://data.voorbeeld.be/dataset/d").append(i).append("> a dcat:Dataset ; dct:identifier \"d").append(i)
                    .append("\" ; dct:title \"Dataset ").append(i).append(' ').append(version).append("\"@nl ;")
                    .append(" dcat:distribution <https://data.voorbeeld.be/distribution/d").append(i).append("> .\n")
                    .append("<https://data.voorbeeld.be/distribution/d").append(i).append("> a dcat:Distribution ;")
                    .append(" dcat:accessURL <https://data.voorbeeld.be/files/d").append(i).append(".csv> .\n");
        }
        return ttl.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_killed_harvest_leaves_the_old_or_the_new_graph() throws Exception {
        byte[] oldFeed = feed(3000, "v1");
        byte[] newFeed = feed(6000, "v2");
        AtomicInteger version = new AtomicInteger(1);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/catalog.ttl", ex -> {
            byte[] body = version.get() == 1 ? oldFeed : newFeed;
            ex.getResponseHeaders().set("Content-Type", "text/turtle");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/catalog.ttl";
        String store = dir.resolve("store").toString();
        try {
            Cli first = Cli.run("harvest", "--store", store, "--url", url, "--dialect", "dcat", "--id", "crash",
                    "--allow-host", "127.0.0.1");
            assertEquals(0, first.exitCode, first.toString());
            assertEquals(3000, datasets(store));
            version.set(2);

            Random random = new Random(20261122);
            int sawOld = 0;
            int sawNew = 0;
            for (int trial = 0; trial < TRIALS; trial++) {
                Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar", Path.of("target", "slimcat.jar").toString(), "harvest", "--store", store, "--url", url,
                        "--dialect", "dcat", "--id", "crash", "--allow-host", "127.0.0.1", "--accept-shrink")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                Thread.sleep(1000 + random.nextInt(14_000));
                p.destroyForcibly();
                assertTrue(p.waitFor(20, TimeUnit.SECONDS), "the killed process ended");
                long n = datasets(store);
                assertTrue(Set.of(3000L, 6000L).contains(n), "trial " + trial + ": " + n + " datasets, a mix of old and new");
                if (n == 3000) {
                    sawOld++;
                } else {
                    sawNew++;
                }
                if (n == 6000) {
                    // back to the old state for the next trial, through a normal run
                    version.set(1);
                    assertEquals(0, Cli.run("harvest", "--store", store, "--url", url, "--dialect", "dcat", "--id", "crash",
                            "--allow-host", "127.0.0.1", "--accept-shrink").exitCode);
                    version.set(2);
                }
            }
            System.out.printf("crash trials: %d, old graph kept: %d, new graph complete: %d, failures: 0%n", TRIALS, sawOld, sawNew);
        } finally {
            server.stop(0);
        }
    }

    private static long datasets(String store) {
        Cli q = Cli.run("query", "--store", store, "--results", "csv",
                "SELECT (COUNT(DISTINCT ?d) AS ?n) { GRAPH <https://data.slimcat.be/graph/source/crash> { ?d a <http://www.w3.org/ns/dcat#Dataset> } }");
        assertEquals(0, q.exitCode, q.toString());
        return Long.parseLong(q.out.split("\r\n")[1]);
    }
}
