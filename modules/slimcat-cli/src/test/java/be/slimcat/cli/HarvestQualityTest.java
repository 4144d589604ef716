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
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import be.slimcat.server.CatalogueServer;
import be.slimcat.store.CatalogueStore;
import be.slimcat.store.StoreUnderTest;

/**
 * Quality in the harvest loop, end to end: two nights of a local DCAT feed (quality/night1.ttl,
 * night2.ttl) harvested with {@code slimcat harvest} into a real TDB2 store; the stored reports and
 * measurements read back with SPARQL, the baseline accepted between the nights, and {@code slimcat score}.
 * <p>Expected figures, by hand from the fixtures and MODEL.md's rules. Stars: a CSV distribution with an
 * EU licence has 3 (open licence, machine-readable, non-proprietary), without a licence 0. MQA: each
 * dataset has a publisher (reusability 10) and a CSV distribution with an EU file-type format and no
 * media type (interoperability 20 + 20 + 20, no vocabulary pair), and no violation (+30 DCAT-AP
 * compliance); the licensed one adds licence 20 + known licence 10. So 100 without and 130 with a
 * licence; the mean of both nights is 115, "bad" (0-120). Findings per dataset: 7 warnings and 5 infos
 * on the dataset (recommended properties it lacks), 2 warnings and 2 infos on its distribution, plus the
 * licence warning where it is missing: 19 warnings and 14 infos a night.
 */
class HarvestQualityTest {
    private static final String QUALITY = "https://data.slimcat.be/graph/quality/source/voorbeeldstad";
    private static final String AFVAL = "https://data.voorbeeldstad.be/id/dataset/afvalkalender";
    private static final String BOMEN = "https://data.voorbeeldstad.be/id/dataset/bomen";

    @TempDir Path dir;
    private HttpServer server;
    private volatile byte[] feed;
    private final List<String> requests = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed.ttl", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/turtle");
            ex.sendResponseHeaders(200, feed.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(feed);
            }
        });
        server.createContext("/exports/", ex -> {
            requests.add(ex.getRequestMethod() + " " + ex.getRequestURI().getPath());
            int status = ex.getRequestURI().getPath().endsWith("bomen.csv") ? 200 : 404;
            ex.sendResponseHeaders(status, -1);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void storesReportsAndMeasurementsPerRecordAndReportsOnlyNewFindingsAgainstTheBaseline() throws IOException {
        night("night1.ttl");
        Cli first = harvest("first.json");
        assertEquals(0, first.exitCode, first::toString);
        assertTrue(first.out.contains("Quality of voorbeeldstad: 4 record(s) validated, 2 dataset(s) scored: mean MQA 115.0 of 405"
                + " (bad), mean 1.5 stars; 0 violation(s), 19 warning(s), 14 info(s) (in <" + QUALITY + ">)"), first::toString);
        assertTrue(first.out.contains("  No baseline yet: all 33 finding(s) are new. Accept them with:"
                + " slimcat baseline accept --source voorbeeldstad"), first::toString);
        assertEquals(List.of(AFVAL + ",0,100", BOMEN + ",3,130"), figures());
        String firstRun = run("first.json");
        assertEquals(List.of("4,4," + firstRun), reports());
        assertEquals(List.of(AFVAL), unlicensedDatasetsOfGent());

        Cli accept = Cli.run("baseline", "accept", "--store", store(), "--source", "voorbeeldstad");
        assertEquals("Accepted 33 finding(s) of voorbeeldstad as its baseline in"
                + " <https://data.slimcat.be/graph/baseline/source/voorbeeldstad>\n", accept.out, accept::toString);

        night("night2.ttl");
        Cli second = harvest("second.json");
        assertEquals(0, second.exitCode, second::toString);
        assertTrue(second.out.contains("  Against the baseline: 1 new, 32 still open, 1 fixed\n"
                + "    new: <" + BOMEN + "> <https://data.voorbeeldstad.be/id/distributie/bomen-csv> <http://purl.org/dc/terms/license>"
                + " Warning: Add a licence (dct:license) to the distribution. For example:"
                + " <http://publications.europa.eu/resource/authority/licence/CC_BY_4_0>.\n"), second::toString);
        JsonObject baseline = quality("second.json").get("baseline").getAsObject();
        assertEquals("[ \"<" + AFVAL + "> [] <http://purl.org/dc/terms/license> Warning: Add a licence (dct:license) to the"
                + " distribution. For example: <http://publications.europa.eu/resource/authority/licence/CC_BY_4_0>.\" ]",
                baseline.get("fixedFindings").toString().replaceAll("\\s+", " "));
        assertEquals(List.of(AFVAL + ",3,130", BOMEN + ",0,100"), figures());
        assertEquals(List.of("4,4," + run("second.json")), reports(), "the quality graph holds the latest run only");
        assertEquals(List.of(BOMEN), unlicensedDatasetsOfGent());

        Cli score = Cli.run("score", "--store", store(), "--source", "voorbeeldstad", "--format", "json");
        assertEquals(0, score.exitCode, score::toString);
        JsonObject json = JSON.parse(score.out);
        assertEquals(2, json.get("trend").getAsArray().size());
        for (var run : json.get("trend").getAsArray()) {
            assertEquals(115.0, run.getAsObject().get("meanMqaScore").getAsNumber().value().doubleValue());
            assertEquals(1.5, run.getAsObject().get("meanStars").getAsNumber().value().doubleValue());
            assertEquals(19, run.getAsObject().get("warnings").getAsNumber().value().intValue());
        }
        assertEquals(firstRun, json.get("trend").getAsArray().get(0).getAsObject().getString("run"));
        var publisher = json.get("publishers").getAsArray().get(0).getAsObject();
        assertEquals("https://data.slimcat.be/id/gemeente/44021", publisher.getString("group"));
        assertEquals(2, publisher.get("datasets").getAsNumber().value().intValue());
    }

    /**
     * With --check-links the access URLs (on the local server: bomen.csv answers 200, afvalkalender.csv
     * 404) are asked once and kept: bomen earns the access URL status (50), afvalkalender nothing; neither
     * has a download URL, so nothing is left unassessed. Scores 100 and 180, mean 140, "sufficient". The
     * next night reuses the kept checks without a request.
     */
    @Test
    void checkLinksScoresTheAccessibilityAndKeepsTheChecks() throws IOException {
        night("night1.ttl");
        feed = new String(feed, StandardCharsets.UTF_8).replace("https://data.voorbeeldstad.be/exports/",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/exports/").getBytes(StandardCharsets.UTF_8);
        Cli first = harvest("first.json", "--check-links", "--link-delay", "0");
        assertEquals(0, first.exitCode, first::toString);
        assertTrue(first.out.contains("2 dataset(s) scored: mean MQA 140.0 of 405 (sufficient)"), first::toString);
        assertEquals(List.of("HEAD /exports/afvalkalender.csv", "HEAD /exports/bomen.csv"), requests.stream().sorted().toList());
        assertEquals(List.of(AFVAL + ",0,100", BOMEN + ",3,180"), figures());
        assertEquals(List.of("http://127.0.0.1:" + server.getAddress().getPort() + "/exports/afvalkalender.csv,404",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/exports/bomen.csv,200"),
                csv("PREFIX scq: <https://data.slimcat.be/ns/quality#> SELECT ?url ?status { GRAPH"
                        + " <https://data.slimcat.be/graph/link-checks> { [] scq:checkedUrl ?url ; scq:httpStatus ?status } }"
                        + " ORDER BY ?url"));

        Cli second = harvest("second.json", "--check-links", "--link-delay", "0");
        assertEquals(0, second.exitCode, second::toString);
        assertEquals(2, requests.size(), "the second night reuses the kept checks: " + requests);
        assertTrue(second.out.contains("mean MQA 140.0 of 405 (sufficient)"), second::toString);
    }

    /** The web pages read the same figures: the harvest history lists both nights, the dashboard the source's figures. */
    @Test
    void theHarvestHistoryAndTheQualityDashboardShowBothNights() throws Exception {
        night("night1.ttl");
        assertEquals(0, harvest("first.json").exitCode);
        night("night2.ttl");
        assertEquals(0, harvest("second.json").exitCode);
        try (CatalogueStore store = StoreUnderTest.open(Path.of(store()))) {
            CatalogueServer web = CatalogueServer.builder(store).port(0).loopbackOnly(true).build().start();
            try {
                String history = page(web, "/oogsten");
                assertTrue(history.contains("<h2 id=\"src-voorbeeldstad\"><a href=\"/id/bron/voorbeeldstad\">Open data Voorbeeldstad</a></h2>"), history);
                List<String> runs = java.util.regex.Pattern.compile("<tr class=\"run status-(\\w+)\">\\s*<td><a href=\"(/id/oogst/[^\"]+)\">")
                        .matcher(history).results().map(r -> r.group(1) + " " + r.group(2)).toList();
                assertEquals(List.of("succeeded " + path(run("second.json")), "succeeded " + path(run("first.json"))), runs);

                String dashboard = page(web, "/kwaliteit");
                int row = dashboard.indexOf("<tr data-group=\"https://data.slimcat.be/id/bron/voorbeeldstad\">");
                assertTrue(row >= 0, dashboard);
                String cells = dashboard.substring(row, dashboard.indexOf("</tr>\n", dashboard.indexOf("table class=\"stars\"", row)));
                assertEquals(List.of("2", "115.0", "1.5", "0", "19"), java.util.regex.Pattern.compile("<td class=\"num\">([^<]*)</td>")
                        .matcher(cells).results().map(r -> r.group(1)).toList());
                assertTrue(cells.contains("<span class=\"band band-bad\">slecht</span>"), cells);
                assertTrue(cells.contains("<title>115 → 115</title>"), cells);
                assertTrue(cells.contains("<th scope=\"row\">0 ★</th><td><svg class=\"bar\" width=\"100\" height=\"10\" aria-hidden=\"true\"><rect width=\"100\" height=\"10\"/></svg> 1</td>"), cells);
                assertTrue(cells.contains("<th scope=\"row\">3 ★</th><td><svg class=\"bar\" width=\"100\" height=\"10\" aria-hidden=\"true\"><rect width=\"100\" height=\"10\"/></svg> 1</td>"), cells);
                assertTrue(cells.contains("<th scope=\"row\">5 ★</th><td><svg class=\"bar\" width=\"100\" height=\"10\" aria-hidden=\"true\"><rect width=\"0\" height=\"10\"/></svg> 0</td>"), cells);
            } finally {
                web.stop();
            }
        }
    }

    private static String page(CatalogueServer web, String path) throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + web.port() + path)).header("Accept-Language", "nl").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static String path(String iri) {
        return iri.substring("https://data.slimcat.be".length());
    }

    @Test
    void acceptingABaselineBeforeAnyHarvestIsAUsageError() {
        Cli accept = Cli.run("baseline", "accept", "--store", store(), "--source", "voorbeeldstad");
        assertEquals(2, accept.exitCode, accept::toString);
        assertTrue(accept.err.contains("No validation of voorbeeldstad is stored yet (no graph <" + QUALITY
                + ">): harvest or load it first"), accept::toString);
    }

    /** Per dataset: its star rating and MQA score in the quality graph, as "dataset,stars,score". */
    private List<String> figures() {
        return csv("PREFIX dqv: <http://www.w3.org/ns/dqv#> PREFIX scq: <https://data.slimcat.be/ns/quality#>"
                + " SELECT ?d ?stars ?score { GRAPH <" + QUALITY + "> {"
                + " [] dqv:computedOn ?d ; dqv:isMeasurementOf scq:starRating ; dqv:value ?stars ."
                + " [] dqv:computedOn ?d ; dqv:isMeasurementOf scq:mqaScore ; dqv:value ?score } } ORDER BY ?d");
    }

    /** "reports,records they validate,run" of the quality graph. */
    private List<String> reports() {
        return csv("PREFIX sh: <http://www.w3.org/ns/shacl#> PREFIX scq: <https://data.slimcat.be/ns/quality#>"
                + " PREFIX prov: <http://www.w3.org/ns/prov#>"
                + " SELECT (COUNT(DISTINCT ?r) AS ?reports) (COUNT(DISTINCT ?record) AS ?records) (SAMPLE(?run) AS ?by)"
                + " { GRAPH <" + QUALITY + "> { ?r a sh:ValidationReport ; scq:validates ?record ; prov:wasGeneratedBy ?run } }");
    }

    /**
     * The question of the issue, as one query over the data and quality graphs: the datasets of a
     * publisher with a distribution that has no licence. The blank distribution of night 1 must join.
     */
    private List<String> unlicensedDatasetsOfGent() {
        return csv("PREFIX sh: <http://www.w3.org/ns/shacl#> PREFIX scq: <https://data.slimcat.be/ns/quality#>"
                + " PREFIX dct: <http://purl.org/dc/terms/> PREFIX dcat: <http://www.w3.org/ns/dcat#>"
                + " SELECT DISTINCT ?dataset {"
                + " GRAPH ?data { ?dataset dct:publisher <https://data.slimcat.be/id/gemeente/44021> ; dcat:distribution ?d }"
                + " GRAPH ?quality { [] scq:validates ?dataset ; sh:result [ sh:focusNode ?d ; sh:resultPath dct:license ] } }");
    }

    private List<String> csv(String query) {
        Cli result = Cli.run("query", "--store", store(), "--results", "csv", query);
        assertEquals(0, result.exitCode, result::toString);
        List<String> lines = result.out.lines().toList();
        return lines.subList(1, lines.size());
    }

    private void night(String fixture) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/quality/" + fixture)) {
            feed = in.readAllBytes();
        }
    }

    private Cli harvest(String report, String... extra) throws IOException {
        String ttl = "@prefix dct: <http://purl.org/dc/terms/> . @prefix dcat: <http://www.w3.org/ns/dcat#> ."
                + " @prefix sc: <https://data.slimcat.be/ns/slimcat#> .\n"
                + "<https://data.slimcat.be/id/bron/voorbeeldstad> a sc:HarvestSource ; dct:identifier \"voorbeeldstad\" ;"
                + " dct:title \"Open data Voorbeeldstad\"@nl ; dct:publisher <https://data.slimcat.be/id/gemeente/44021> ;"
                + " dcat:endpointURL <http://127.0.0.1:" + server.getAddress().getPort() + "/feed.ttl> ; sc:dialect \"dcat\" ;"
                + " sc:allowedHost \"127.0.0.1\" ; sc:enabled true .\n";
        Path sources = Files.writeString(dir.resolve("sources.ttl"), ttl);
        List<String> args = new java.util.ArrayList<>(List.of("harvest", "--store", store(), "--sources", sources.toString(),
                "--source", "voorbeeldstad", "--report", dir.resolve(report).toString()));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    private JsonObject quality(String report) throws IOException {
        return JSON.parse(Files.readString(dir.resolve(report), StandardCharsets.UTF_8))
                .get("sources").getAsArray().get(0).getAsObject().get("quality").getAsObject();
    }

    private String run(String report) throws IOException {
        return JSON.parse(Files.readString(dir.resolve(report), StandardCharsets.UTF_8))
                .get("sources").getAsArray().get(0).getAsObject().getString("run");
    }

    private String store() {
        return dir.resolve("store").toString();
    }
}
