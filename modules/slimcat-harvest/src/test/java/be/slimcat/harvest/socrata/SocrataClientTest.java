// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.socrata;

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

/** The socrata dialect against a real local server replaying our recorded Discovery API pages. */
class SocrataClientTest {
    private static final String CATALOG = "/api/catalog/v1";
    @TempDir Path staging;
    private LocalServer server;
    private Harvester harvester;
    private final List<String> queries = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = new LocalServer();
        FetchPolicy policy = FetchPolicy.defaults().withRetries(1, Duration.ofMillis(10), Duration.ofSeconds(1));
        SlimcatIris iris = SlimcatIris.defaults();
        harvester = new Harvester(iris, policy, staging, List.of(new SocrataClient(new SocrataResourceMapper(iris))));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Serves page 1, 2 and 3 by offset (0, 3, 6), the given body for page 2, and an empty page past them. */
    private void serveCatalog(String secondPage) {
        server.on(CATALOG, ex -> {
            String query = ex.getRequestURI().getRawQuery();
            queries.add(query);
            String body = switch (query.replaceAll(".*offset=([0-9]+).*", "$1")) {
                case "0" -> Fixtures.text("socrata/catalog-page1.json");
                case "3" -> secondPage;
                case "6" -> Fixtures.text("socrata/catalog-page3.json");
                default -> "{\"results\": [], \"resultSetSize\": 7}";
            };
            LocalServer.send(ex, 200, "application/json; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
        });
    }

    private HarvestSource source() {
        return new HarvestSource("voorbeeldstad", "Open data Voorbeeldstad", null,
                server.uri(CATALOG + "?domains=data.voorbeeldstad.example"), "socrata", 3, false, null, Set.of("127.0.0.1"),
                HarvestSource.DEFAULT_MAX_SHRINK);
    }


    @Test
    void harvests_three_pages_of_datasets_and_skips_other_resources() {
        serveCatalog(Fixtures.text("socrata/catalog-page2.json"));
        try (HarvestRun run = harvester.run(source(), Map.of(), false)) {
            assertEquals(HarvestStatus.SUCCEEDED, run.status(), run.message());
            assertEquals(List.of("domains=data.voorbeeldstad.example&limit=3&offset=0",
                    "domains=data.voorbeeldstad.example&limit=3&offset=3",
                    "domains=data.voorbeeldstad.example&limit=3&offset=6"), queries);
            Graph g = Fixtures.graphOf(run);
            Map<String, String> titles = new TreeMap<>();
            Fixtures.subjects(run).forEach((id, subject) -> titles.put(id,
                    G.getOneSP(g, NodeFactory.createURI(subject), DCTerms.title.asNode()).getLiteralLexicalForm()));
            assertEquals(Map.of("b1ke-2024", "Fietsenstallingen", "k7vq-2mfd", "Verkeerstellingen Ringlaan",
                    "p9zt-a1b2", "Zitbanken in parken", "w3xy-7h8j", "Luchtkwaliteit meetstations"), titles);
            assertEquals(3, run.staged().pagesRead().size());
            assertEquals(1, run.staged().rejectedCount(), "the chart and the map are skipped, not rejected");
            assertEquals(1, run.staged().problems().size());
            assertEquals("https://data.slimcat.be/id/dataset/voorbeeldstad-0727275ee5aa5125",
                    Fixtures.subjects(run).get("b1ke-2024"));
        }
    }

    @Test
    void an_unreadable_second_page_makes_the_run_incomplete() {
        String broken = "<html><body>502 Bad Gateway</body></html>";
        serveCatalog(broken);
        try (HarvestRun run = harvester.run(source(), Map.of(), false)) {
            assertEquals(HarvestStatus.INCOMPLETE, run.status(), run.message());
            assertEquals(Set.of(server.uri(CATALOG + "?domains=data.voorbeeldstad.example&limit=3&offset=3")),
                    run.staged().pagesLost().keySet());
            assertEquals(Set.of("k7vq-2mfd", "p9zt-a1b2"), Fixtures.recordIds(run));
            RecordProblem problem = run.staged().problems().get(0);
            assertEquals(broken, problem.excerpt());
            assertTrue(problem.reason().startsWith("page is not a readable Socrata catalogue page"), problem.reason());
            assertEquals(2, queries.size());
        }
    }

    @Test
    void stops_on_an_empty_page_when_the_size_is_not_announced() {
        server.on(CATALOG, ex -> {
            String query = ex.getRequestURI().getRawQuery();
            queries.add(query);
            String body = query.endsWith("offset=0")
                    ? Fixtures.text("socrata/catalog-page1.json").replace("\"resultSetSize\": 7,", "")
                    : "{\"results\": []}";
            LocalServer.send(ex, 200, "application/json", body.getBytes(StandardCharsets.UTF_8));
        });
        try (HarvestRun run = harvester.run(source(), Map.of(), false)) {
            assertEquals(HarvestStatus.SUCCEEDED, run.status(), run.message());
            assertEquals(2, queries.size(), "a full page without resultSetSize asks for the next one");
            assertEquals(Set.of("k7vq-2mfd", "p9zt-a1b2"), Fixtures.recordIds(run));
        }
    }
}
