// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.opendatasoft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.slimcat.harvest.Fixtures;
import be.slimcat.harvest.HarvestRun;
import be.slimcat.harvest.HarvestSource;
import be.slimcat.harvest.HarvestStatus;
import be.slimcat.harvest.Harvester;
import be.slimcat.harvest.LocalServer;
import be.slimcat.harvest.RecordProblem;
import be.slimcat.harvest.http.FetchPolicy;
import be.slimcat.vocab.SlimcatIris;

/** The opendatasoft dialect against a real local server replaying our recorded catalogue pages. */
class OdsClientTest {
    private static final String DATASETS = "/api/explore/v2.1/catalog/datasets";
    @TempDir Path staging;
    private LocalServer server;
    private Harvester harvester;
    private final List<String> queries = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = new LocalServer();
        FetchPolicy policy = FetchPolicy.defaults().withRetries(1, Duration.ofMillis(10), Duration.ofSeconds(1));
        SlimcatIris iris = SlimcatIris.defaults();
        harvester = new Harvester(iris, policy, staging, List.of(new OdsClient(new OdsDatasetMapper(iris))));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Serves page 1, 2 and 3 by offset (0, 2, 4), the given body for page 2, and an empty page past them. */
    private void serveCatalogue(String secondPage) {
        server.on(DATASETS, ex -> {
            String query = ex.getRequestURI().getRawQuery();
            queries.add(query);
            String offset = query.replaceAll(".*offset=([0-9]+).*", "$1");
            String body = switch (offset) {
                case "0" -> Fixtures.text("opendatasoft/datasets-page1.json");
                case "2" -> secondPage;
                case "4" -> Fixtures.text("opendatasoft/datasets-page3.json");
                default -> "{\"total_count\": 5, \"results\": []}";
            };
            LocalServer.send(ex, 200, "application/json; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
        });
    }

    private HarvestSource source(String endpoint, int pageSize) {
        return new HarvestSource("kortrijk", "Open data Kortrijk", null, server.uri(endpoint), "opendatasoft", pageSize,
                false, null, Set.of("127.0.0.1"), HarvestSource.DEFAULT_MAX_SHRINK);
    }


    private static Map<String, String> titles(HarvestRun run) {
        Graph g = Fixtures.graphOf(run);
        Map<String, String> titles = new TreeMap<>();
        Fixtures.subjects(run).forEach((id, subject) -> titles.put(id,
                G.getOneSP(g, NodeFactory.createURI(subject), DCTerms.title.asNode()).getLiteralLexicalForm()));
        return titles;
    }

    @Test
    void harvests_three_pages_by_offset_until_the_total_count() {
        serveCatalogue(Fixtures.text("opendatasoft/datasets-page2.json"));
        try (HarvestRun run = harvester.run(source("/", 2), Map.of(), false)) {
            assertEquals(HarvestStatus.SUCCEEDED, run.status(), run.message());
            assertEquals(List.of("limit=2&offset=0", "limit=2&offset=2", "limit=2&offset=4"), queries);
            assertEquals(Map.of("afvalkalender-2025", "Afvalkalender 2025", "bomeninventaris", "Bomeninventaris",
                    "fietstellingen-2024", "Fietstellingen 2024", "parkeergarages-bezetting", "Bezetting parkeergarages"),
                    titles(run));
            assertEquals(3, run.staged().pagesRead().size());
            assertEquals(1, run.staged().rejectedCount());
            List<RecordProblem> problems = run.staged().problems();
            assertEquals(2, problems.size());
            RecordProblem rejected = problems.stream().filter(RecordProblem::rejected).findFirst().orElseThrow();
            assertEquals(server.uri(DATASETS + "?limit=2&offset=2"), rejected.page());
            assertTrue(rejected.excerpt().contains("\"title\":\"Dataset zonder id\""), rejected.excerpt());

            Graph g = Fixtures.graphOf(run);
            String parking = Fixtures.subjects(run).get("parkeergarages-bezetting");
            assertEquals("https://data.slimcat.be/id/dataset/kortrijk-96e684ebc6b25305", parking);
            assertEquals("Realtime bezetting van de parkeergarages in de binnenstad.\n- Vrije plaatsen\n- Totale capaciteit\n\n"
                    + "Bron: Mobiliteitsbedrijf Kortrijk & partners\nElke 5 minuten bijgewerkt.",
                    G.getOneSP(g, NodeFactory.createURI(parking), DCTerms.description.asNode()).getLiteralLexicalForm());
            assertTrue(g.contains(NodeFactory.createURI(parking), NodeFactory.createURI("http://www.w3.org/ns/dcat#landingPage"),
                    NodeFactory.createURI(server.uri("/explore/dataset/parkeergarages-bezetting/").toString())));
        }
    }

    @Test
    void an_unreadable_second_page_makes_the_run_incomplete_and_keeps_the_first() {
        String broken = "{\"total_count\": 5, \"results\": [ {\"dataset_id\": \"half";
        serveCatalogue(broken);
        try (HarvestRun run = harvester.run(source("/", 2), Map.of(), false)) {
            assertEquals(HarvestStatus.INCOMPLETE, run.status(), run.message());
            assertEquals(Map.of(server.uri(DATASETS + "?limit=2&offset=2"), "unreadable page"), run.staged().pagesLost());
            assertEquals(Set.of("parkeergarages-bezetting", "afvalkalender-2025"), Fixtures.recordIds(run));
            assertEquals(List.of("limit=2&offset=0", "limit=2&offset=2"), queries, "no page after a lost one");
            RecordProblem problem = run.staged().problems().get(0);
            assertEquals(broken, problem.excerpt());
            assertTrue(problem.reason().startsWith("page is not a readable ODS catalogue page: the page is not valid JSON"),
                    problem.reason());
        }
    }

    @Test
    void keeps_the_endpoint_query_caps_the_page_size_and_stops_on_an_empty_page() {
        server.on(DATASETS, ex -> {
            String query = ex.getRequestURI().getRawQuery();
            queries.add(query);
            String body = query.endsWith("offset=0") ? Fixtures.text("opendatasoft/datasets-page3.json")
                    : "{\"total_count\": 5, \"results\": []}";
            LocalServer.send(ex, 200, "application/json", body.getBytes(StandardCharsets.UTF_8));
        });
        try (HarvestRun run = harvester.run(source(DATASETS + "?refine=publisher%3AStad%20Kortrijk&limit=7", 500), Map.of(), false)) {
            assertEquals(HarvestStatus.SUCCEEDED, run.status(), run.message());
            assertEquals(List.of("refine=publisher%3AStad%20Kortrijk&limit=100&offset=0",
                    "refine=publisher%3AStad%20Kortrijk&limit=100&offset=1"), queries);
            assertEquals(Set.of("fietstellingen-2024"), Fixtures.recordIds(run));
        }
    }

    @Test
    void an_unreachable_portal_is_unavailable() {
        server.respond(DATASETS, 503, "text/plain", "onderhoud");
        try (HarvestRun run = harvester.run(source("/", 2), Map.of("x", "1"), false)) {
            assertEquals(HarvestStatus.UNAVAILABLE, run.status());
            assertTrue(run.message().contains("HTTP 503"), run.message());
        }
    }
}
