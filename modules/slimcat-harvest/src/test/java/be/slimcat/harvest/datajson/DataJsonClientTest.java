// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.datajson;

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
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
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

/** The dcat-us dialect against a real local server replaying our own data.json documents. */
class DataJsonClientTest {
    @TempDir Path staging;
    private LocalServer server;
    private Harvester harvester;

    @BeforeEach
    void start() throws IOException {
        server = new LocalServer();
        FetchPolicy policy = FetchPolicy.defaults().withRetries(1, Duration.ofMillis(10), Duration.ofSeconds(1));
        SlimcatIris iris = SlimcatIris.defaults();
        harvester = new Harvester(iris, policy, staging, List.of(new DataJsonClient(new DataJsonDatasetMapper(iris))));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HarvestSource source(String id, String path) {
        return HarvestSource.adHoc(id, server.uri(path), "dcat-us", Set.of("127.0.0.1"));
    }


    /** Record id → plain (untagged) dct:title of its dataset, from what the run staged. */
    private static Map<String, String> titles(HarvestRun run) {
        Graph g = Fixtures.graphOf(run);
        Map<String, String> titles = new TreeMap<>();
        Fixtures.subjects(run).forEach((id, subject) -> titles.put(id,
                G.find(g, NodeFactory.createURI(subject), DCTerms.title.asNode(), null).toList().stream()
                        .map(t -> t.getObject()).filter(o -> o.getLiteralLanguage().isEmpty())
                        .map(Node::getLiteralLexicalForm).reduce((a, b) -> a + " | " + b).orElse("")));
        return titles;
    }

    @Test
    void harvests_an_arcgis_hub_dcat_us_1_1_document() {
        AtomicReference<String> accept = new AtomicReference<>();
        server.on("/data.json", ex -> {
            accept.set(ex.getRequestHeaders().getFirst("Accept"));
            LocalServer.send(ex, 200, "application/json; charset=utf-8",
                    Fixtures.text("datajson/hub-gent-1.1.json").getBytes(StandardCharsets.UTF_8));
        });
        try (HarvestRun run = harvester.run(source("gent", "/data.json"), Map.of(), false)) {
            assertEquals(HarvestStatus.SUCCEEDED, run.status(), run.message());
            String parkeerzones = "https://www.arcgis.com/home/item.html?id=4b7e0c1d2a9f4e6b8c3d5a7f9e1b2c3d&sublayer=2";
            String toiletten = "https://www.arcgis.com/home/item.html?id=9a8b7c6d5e4f40312a1b2c3d4e5f6a7b&sublayer=0";
            assertEquals(Map.of(parkeerzones, "Parkeerzones", toiletten, "Openbare toiletten",
                    "gent-fietstellingen-2024", "Fietstellingen Gent 2024", "leuven-luchtkwaliteit", "Luchtkwaliteit Leuven",
                    "leuven-luchtkwaliteit-no2", "Stikstofdioxide (NO2) Leuven", "leuven-luchtkwaliteit-pm10", "Fijn stof (PM10) Leuven",
                    "brugge-707", "707"), titles(run));
            assertEquals(parkeerzones, Fixtures.subjects(run).get(parkeerzones));
            assertEquals("https://data.slimcat.be/id/dataset/gent-e31adbcd5fad3217",
                    Fixtures.subjects(run).get("gent-fietstellingen-2024"));
            assertEquals(List.of(server.uri("/data.json")), run.staged().pagesRead());
            assertEquals(1, server.hits("/data.json"));
            assertTrue(accept.get().startsWith("application/json"), accept.get());
            assertEquals(0, run.staged().rejectedCount());
            assertEquals(List.of("contact point e-mail 'mailto:' is not an address; left out",
                    "the title is a number (707); its text is used"),
                    run.staged().problems().stream().map(RecordProblem::reason).toList());
        }
    }

    @Test
    void links_the_children_of_a_collection_to_their_parent() {
        server.respond("/api/feed/dcat-us/1.1.json", 200, "application/json", Fixtures.text("datajson/hub-gent-1.1.json"));
        try (HarvestRun run = harvester.run(source("gent", "/api/feed/dcat-us/1.1.json"), Map.of(), false)) {
            Graph g = Fixtures.graphOf(run);
            Node parent = NodeFactory.createURI(Fixtures.subjects(run).get("leuven-luchtkwaliteit"));
            assertEquals("https://data.slimcat.be/id/dataset/gent-3183810cba3609be", parent.getURI());
            Set<String> children = G.find(g, null, DCTerms.isPartOf.asNode(), parent)
                    .mapWith(t -> G.getOneSP(g, t.getSubject(), DCTerms.identifier.asNode()).getLiteralLexicalForm()).toSet();
            assertEquals(Set.of("leuven-luchtkwaliteit-no2", "leuven-luchtkwaliteit-pm10"), children);
            assertEquals(2, G.find(g, null, DCTerms.isPartOf.asNode(), null).toList().size());
        }
    }

    @Test
    void harvests_a_dcat_us_3_0_document() {
        server.respond("/data.json", 200, "application/ld+json", Fixtures.text("datajson/dcat-us-3.0.json"));
        try (HarvestRun run = harvester.run(source("antwerpen", "/data.json"), Map.of(), false)) {
            assertEquals(HarvestStatus.SUCCEEDED, run.status(), run.message());
            assertEquals(Map.of("ANT-LUCHT-2024", "Luchtmeetnet Antwerpen 2024", "ant-wijken", "Wijken Antwerpen",
                    "https://data.antwerpen.be/id/dataset/snelheidszones", "Snelheidszones", "ant-parken", "Parken en groen",
                    "ANT-ZWEMBADEN", "Zwembaden"), titles(run));
            assertEquals("https://data.antwerpen.be/id/dataset/luchtmeetnet-2024", Fixtures.subjects(run).get("ANT-LUCHT-2024"));
            assertEquals(1, run.staged().rejectedCount());
            RecordProblem rejected = run.staged().problems().get(0);
            assertEquals("the dataset has no identifier; left out", rejected.reason());
            assertTrue(rejected.excerpt().contains("Zonder identificatie"), rejected.excerpt());
        }
    }

    @Test
    void bad_datasets_are_reported_and_the_rest_go_on() {
        server.respond("/data.json", 200, "application/json", Fixtures.text("datajson/quirks-1.1.json"));
        try (HarvestRun run = harvester.run(source("mechelen", "/data.json"), Map.of(), false)) {
            assertEquals(HarvestStatus.SUCCEEDED, run.status(), run.message());
            assertEquals(Map.of("mechelen-bomen", "Bomen Mechelen", "mechelen-afval", "Afvalophaling Mechelen"), titles(run));
            assertEquals(5, run.staged().rejectedCount());
            List<String> rejected = run.staged().problems().stream().filter(RecordProblem::rejected)
                    .map(p -> p.recordId() + ": " + p.reason()).toList();
            assertEquals(List.of(": the dataset has no identifier and title; left out",
                    ": the dataset is not a JSON object; left out",
                    "mechelen-zonder-titel: the dataset has no title; left out",
                    ": the dataset has no identifier; left out",
                    "mechelen-bomen: the same record identifier appears again (first on " + server.uri("/data.json")
                            + "); the first one is kept"), rejected);
            List<String> repaired = run.staged().problems().stream().filter(p -> !p.rejected()).map(RecordProblem::reason).toList();
            assertEquals(List.of("landingPage 'bomen.html' is not an http(s) IRI; left out",
                    "distribution 1 has no usable accessURL or downloadURL (none); left out"), repaired);
            Graph g = Fixtures.graphOf(run);
            Node bomen = NodeFactory.createURI(Fixtures.subjects(run).get("mechelen-bomen"));
            assertEquals("2019-06-27 12:41:27", G.getOneSP(g, bomen, DCTerms.modified.asNode()).getLiteralLexicalForm());
            assertEquals("2019-01-01T00:00:00Z/P1Y", G.getOneSP(g, bomen, DCTerms.temporal.asNode()).getLiteralLexicalForm());
        }
    }

    @Test
    void an_html_page_instead_of_data_json_loses_the_page() {
        server.respond("/data.json", 200, "text/html", "<!DOCTYPE html>\n<html><body>Hub niet gevonden</body></html>");
        try (HarvestRun run = harvester.run(source("gent", "/data.json"), Map.of("oud", "1"), false)) {
            assertEquals(HarvestStatus.INCOMPLETE, run.status());
            assertEquals(Set.of(server.uri("/data.json")), run.staged().pagesLost().keySet());
            RecordProblem problem = run.staged().problems().get(0);
            assertTrue(problem.rejected());
            assertEquals("<!DOCTYPE html> <html><body>Hub niet gevonden</body></html>", problem.excerpt());
            assertTrue(problem.reason().startsWith("the response is not readable JSON after 0 dataset(s): "), problem.reason());
            assertEquals(0, run.staged().size());
        }
    }

    @Test
    void json_without_a_dataset_array_loses_the_page() {
        server.respond("/data.json", 200, "application/json",
                "{\"error\": {\"code\": 400, \"message\": \"Invalid hub\"}, \"dataset\": null}");
        try (HarvestRun run = harvester.run(source("gent", "/data.json"), Map.of(), false)) {
            assertEquals(HarvestStatus.INCOMPLETE, run.status());
            assertEquals("not a data.json catalogue: no \"dataset\" array", run.staged().pagesLost().get(server.uri("/data.json")));
            assertTrue(run.message().contains("not a data.json catalogue"), run.message());
        }
    }

    @Test
    void a_bare_json_array_loses_the_page() {
        server.respond("/data.json", 200, "application/json", "[{\"identifier\": \"a\", \"title\": \"A\"}]");
        try (HarvestRun run = harvester.run(source("gent", "/data.json"), Map.of(), false)) {
            assertEquals(HarvestStatus.INCOMPLETE, run.status());
            assertEquals("not a data.json catalogue: the document is a JSON array, not an object with a \"dataset\" array",
                    run.staged().pagesLost().get(server.uri("/data.json")));
        }
    }

    @Test
    void a_document_that_breaks_off_keeps_what_came_before_but_is_incomplete() {
        String whole = Fixtures.text("datajson/hub-gent-1.1.json");
        String cut = whole.substring(0, whole.indexOf("\"identifier\": \"leuven-luchtkwaliteit\""));
        server.respond("/data.json", 200, "application/json", cut);
        try (HarvestRun run = harvester.run(source("gent", "/data.json"), Map.of(), false)) {
            assertEquals(HarvestStatus.INCOMPLETE, run.status());
            assertEquals(3, run.staged().size());
            String reason = run.staged().pagesLost().get(server.uri("/data.json"));
            assertTrue(reason.startsWith("the response is not readable JSON after 3 dataset(s): "), reason);
        }
    }

    @Test
    void an_unreachable_data_json_is_unavailable() {
        server.respond("/data.json", 503, "text/plain", "onderhoud");
        try (HarvestRun run = harvester.run(source("gent", "/data.json"), Map.of("a", "1"), false)) {
            assertEquals(HarvestStatus.UNAVAILABLE, run.status());
            assertTrue(run.message().contains("HTTP 503"), run.message());
        }
    }

    @Test
    void streams_a_large_document_one_dataset_at_a_time() {
        int count = 10_000;
        StringBuilder json = new StringBuilder("{\"conformsTo\": \"https://project-open-data.cio.gov/v1.1/schema\", \"dataset\": [");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append("{\"identifier\": \"meting-").append(i)
                    .append("\", \"title\": \"Meting ").append(i).append("\", \"accessLevel\": \"public\", \"distribution\": [")
                    .append("{\"downloadURL\": \"https://data.voorbeeld.be/meting/").append(i).append(".csv\"}]}");
        }
        json.append("]}");
        server.respond("/data.json", 200, "application/json", json.toString());
        try (HarvestRun run = harvester.run(source("groot", "/data.json"), Map.of(), false)) {
            assertEquals(HarvestStatus.SUCCEEDED, run.status(), run.message());
            assertEquals(count, run.staged().size());
            assertTrue(Fixtures.recordIds(run).contains("meting-9999"));
            assertEquals("harvested 10000 records from 1 page(s)", run.message());
        }
    }
}
