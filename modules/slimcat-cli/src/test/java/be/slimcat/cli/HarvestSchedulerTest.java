// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import be.slimcat.harvest.ConfiguredSource;
import be.slimcat.harvest.HarvestSource;
import be.slimcat.harvest.Harvester;
import be.slimcat.harvest.http.FetchPolicy;
import be.slimcat.store.CatalogueStore;
import be.slimcat.store.StoreUnderTest;
import be.slimcat.vocab.SlimcatIris;

class HarvestSchedulerTest {
    @TempDir Path dir;

    private static ConfiguredSource source(String id, URI endpoint, String schedule, boolean enabled) {
        return new ConfiguredSource(HarvestSource.adHoc(id, endpoint, "dcat", Set.of("127.0.0.1")), schedule, enabled);
    }

    @Test
    void plans_each_enabled_source_at_its_own_schedule_or_the_default() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
        URI nowhere = URI.create("http://127.0.0.1:9/none");
        try (CatalogueStore store = StoreUnderTest.open(dir.resolve("store"));
                HarvestScheduler scheduler = new HarvestScheduler(pipeline(store), clock)) {
            Map<String, ZonedDateTime> next = scheduler.start(List.of(source("a", nowhere, null, true),
                    source("b", nowhere, "30 4 * * *", true), source("c", nowhere, "05:00", false)),
                    HarvestSchedule.parse("02:00"));
            assertEquals(Map.of("a", ZonedDateTime.parse("2026-11-23T02:00Z"), "b", ZonedDateTime.parse("2026-11-23T04:30Z")), next);
        }
    }

    @Test
    void a_scheduled_harvest_runs_inside_the_process_and_logs_its_run() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/catalog", ex -> {
            String page = "page=2".equals(ex.getRequestURI().getQuery()) ? "/feeds/hydra-page2.ttl" : "/feeds/hydra-page1.ttl";
            byte[] body;
            try (InputStream in = HarvestSchedulerTest.class.getResourceAsStream(page)) {
                body = in.readAllBytes();
            }
            ex.getResponseHeaders().set("Content-Type", "text/turtle");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        URI feed = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/catalog");
        try (CatalogueStore store = StoreUnderTest.open(dir.resolve("store"))) {
            HarvestPipeline pipeline = pipeline(store);
            // Shift the clock so that the next whole minute is about a second away.
            long millisInMinute = System.currentTimeMillis() % 60_000;
            Clock clock = Clock.offset(Clock.systemUTC(), Duration.ofMillis(59_000 - millisInMinute));
            try (HarvestScheduler scheduler = new HarvestScheduler(pipeline, clock)) {
                scheduler.start(List.of(source("voorbeeld", feed, "* * * * *", true)), null);
                String runs = "SELECT (COUNT(*) AS ?n) { ?run <https://data.slimcat.be/ns/slimcat#harvestStatus> \"succeeded\" }";
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                long n = 0;
                while (n == 0 && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                    n = store.read(dsg -> ((Number) QueryExec.dataset(dsg).query(runs).select().next().get("n").getLiteralValue()).longValue());
                }
                assertEquals(1, n);
                assertEquals(4L, (long) store.read(dsg -> ((Number) QueryExec.dataset(dsg).query(
                        "SELECT (COUNT(*) AS ?n) { GRAPH <https://data.slimcat.be/graph/source/voorbeeld> { ?d a <http://www.w3.org/ns/dcat#Dataset> } }")
                        .select().next().get("n").getLiteralValue()).longValue()));
            }
        } finally {
            server.stop(0);
        }
    }

    private HarvestPipeline pipeline(CatalogueStore store) {
        SlimcatIris iris = SlimcatIris.defaults();
        return new HarvestPipeline(store, iris, Harvester.withAllDialects(iris, FetchPolicy.defaults(), dir.resolve("staging")),
                QualityPass.bundled(store, iris));
    }
}
