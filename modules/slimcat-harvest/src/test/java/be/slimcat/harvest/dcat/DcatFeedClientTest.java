// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.dcat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

/** Dirty DCAT pages and JSON-LD contexts through a whole harvest run, against a real local server. */
class DcatFeedClientTest {
    @TempDir Path staging;
    private LocalServer server;
    private Harvester harvester;

    @BeforeEach
    void start() throws IOException {
        server = new LocalServer();
        FetchPolicy policy = FetchPolicy.defaults().withRetries(1, Duration.ofMillis(10), Duration.ofSeconds(1));
        harvester = Harvester.withAllDialects(SlimcatIris.defaults(), policy, staging);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HarvestSource source(String path) {
        return HarvestSource.adHoc("voorbeeld", server.uri(path), "dcat", Set.of("127.0.0.1"));
    }

    /** The problems of the page itself (parsing), as reason, excerpt and whether something was left out. */
    private static List<String> pageProblems(HarvestRun run) {
        return run.staged().problems().stream().filter(p -> p.recordId().isEmpty())
                .map(p -> p.reason() + " | " + p.excerpt() + " | " + (p.rejected() ? "rejected" : "kept")).toList();
    }

    @Test
    void a_page_jena_refuses_is_harvested_leniently_and_said_so() {
        server.respond("/favv", 200, "application/rdf+xml", Fixtures.text("feeds/lenient/repeated-node-elements.rdf"));
        try (HarvestRun run = harvester.run(source("/favv"), Map.of(), false)) {
            assertEquals(HarvestStatus.SUCCEEDED, run.status(), run.message());
            assertEquals(Set.of("controles", "erkenningen", "laboratoria"), Fixtures.recordIds(run));
            assertEquals(List.of("page read by the lenient parser (RDF4J Rio) because Jena's parser refused it (line 12, column 79:"
                    + " Start tag after inner node element (only one node element permitted): got dcat:Dataset); 11 triple(s) kept,"
                    + " 0 problem(s) listed | <dcat:Dataset rdf:about=\"https://data.voorbeeld.be/dataset/erkenningen\"> | kept"),
                    pageProblems(run));
        }
    }

    @Test
    void every_repair_and_omission_of_the_lenient_parser_reaches_the_harvest_report() {
        server.respond("/zorg", 200, "text/turtle", Fixtures.text("feeds/lenient/undeclared-prefixes.ttl"));
        try (HarvestRun run = harvester.run(source("/zorg"), Map.of(), false)) {
            assertEquals(HarvestStatus.SUCCEEDED, run.status(), run.message());
            assertEquals(Set.of("zorg"), Fixtures.recordIds(run));
            List<String> problems = pageProblems(run);
            assertEquals(List.of(
                    "line 4: the prefix dcat: is used but not declared; read as the well-known namespace <http://www.w3.org/ns/dcat#>"
                            + " | <https://data.voorbeeld.be/dataset/zorg> a dcat:Dataset ; | kept",
                    "line 7: triple left out, the prefix healthdcatap: is used but not declared and is not a well-known one:"
                            + " <https://data.voorbeeld.be/dataset/zorg> healthdcatap:hasCodingSystem <https://www.wikidata.org/entity/P1690> ."
                            + " | healthdcatap:hasCodingSystem <https://www.wikidata.org/entity/P1690> ; | kept"),
                    problems.subList(1, problems.size()));
            assertEquals("page read by the lenient parser (RDF4J Rio) because Jena's parser refused it (line 4, column 44:"
                    + " Undefined prefix: dcat); 4 triple(s) kept, 2 problem(s) listed", problems.get(0).split(" \\| ")[0]);
        }
    }

    @Test
    void a_remote_json_ld_context_is_refused_by_address_and_never_requested() {
        server.respond("/context.jsonld", 200, "application/ld+json", "{\"@context\": {\"title\": \"http://purl.org/dc/terms/title\"}}");
        server.respond("/remote", 200, "application/ld+json", Fixtures.text("feeds/remote-context.jsonld")
                .replace("CONTEXT_URL", server.uri("/context.jsonld").toString()));
        try (HarvestRun run = harvester.run(source("/remote"), Map.of(), false)) {
            assertEquals(HarvestStatus.INCOMPLETE, run.status());
            RecordProblem problem = run.staged().problems().get(0);
            assertEquals("page is not readable RDF: " + server.uri("/remote") + ": syntax error: remote JSON-LD context "
                    + server.uri("/context.jsonld") + " is not fetched: SlimCat reads only the contexts it bundles (DCAT-US (Project"
                    + " Open Data) v1.1, schema.org); the publisher must inline this context in the page (fix the file and try again)",
                    problem.reason());
        }
        assertEquals(0, server.hits("/context.jsonld"));
    }

    @Test
    void a_dcat_us_page_with_the_bundled_context_is_harvested() {
        server.respond("/data.json", 200, "application/ld+json", """
                {"@context": "https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld",
                 "@type": "dcat:Catalog",
                 "dataset": [{"@type": "dcat:Dataset", "identifier": "bomen", "title": "Bomenbestand",
                              "modified": "2026-11-22"}]}
                """);
        try (HarvestRun run = harvester.run(source("/data.json"), Map.of(), false)) {
            assertEquals(HarvestStatus.SUCCEEDED, run.status(), run.message());
            assertEquals(Set.of("bomen"), Fixtures.recordIds(run));
        }
    }

    @Test
    void the_lenient_rdf_xml_parser_never_resolves_external_entities() {
        server.respond("/secret", 200, "text/plain", "TOP-SECRET");
        server.respond("/xxe", 200, "application/rdf+xml", Fixtures.text("feeds/lenient/external-entity.rdf")
                .replace("ENTITY_URL", server.uri("/secret").toString()));
        try (HarvestRun run = harvester.run(source("/xxe"), Map.of(), false)) {
            assertEquals(HarvestStatus.SUCCEEDED, run.status(), run.message());
            assertEquals(Set.of("geheim"), Fixtures.recordIds(run));
            String triples = Fixtures.graphOf(run).find().toList().toString();
            assertFalse(triples.contains("TOP-SECRET"), triples);
            assertEquals("page read by the lenient parser", pageProblems(run).get(0).substring(0, 31));
        }
        assertEquals(0, server.hits("/secret"));
    }
}
