// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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

import be.slimcat.harvest.http.FetchPolicy;
import be.slimcat.vocab.SlimcatIris;

/** The DCAT feed dialect and the harvest run, against a real local server replaying our feeds. */
class HarvesterTest {
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


    private static Map<String, String> hashes(HarvestRun run) {
        return Fixtures.hashes(run);
    }

    @Test
    void harvests_a_turtle_feed_paged_with_hydra_next() throws IOException {
        LocalServer s = new LocalServer();
        try (s) {
            s.on("/catalog", ex -> {
                String q = ex.getRequestURI().getQuery();
                String body = "page=2".equals(q) ? Fixtures.text("feeds/hydra-page2.ttl") : Fixtures.text("feeds/hydra-page1.ttl");
                LocalServer.send(ex, 200, "text/turtle; charset=utf-8", body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            });
            HarvestSource src = HarvestSource.adHoc("voorbeeld", s.uri("/catalog"), "dcat", Set.of("127.0.0.1"));
            try (HarvestRun run = harvester.run(src, Map.of(), false)) {
                assertEquals(HarvestStatus.SUCCEEDED, run.status(), run.message());
                assertEquals(List.of("parkings", "bomen", "afval", "zonder-iri").stream().sorted().toList(),
                        Fixtures.recordIds(run).stream().sorted().toList());
                assertEquals(2, run.staged().pagesRead().size());
                assertEquals(2, s.hits("/catalog"));
                List<RecordProblem> problems = run.staged().problems();
                assertEquals(2, problems.size());
                assertTrue(problems.stream().anyMatch(p -> !p.rejected() && p.recordId().equals("zonder-iri")
                        && p.reason().startsWith("dataset without IRI: given https://data.slimcat.be/id/dataset/voorbeeld-")));
                assertTrue(problems.stream().anyMatch(p -> p.rejected() && p.reason().contains("without IRI and without dct:identifier")));
                assertEquals(1, run.staged().rejectedCount());
                assertEquals(new ChangeSummary(4, 0, 0, 0), run.changes());

                Graph g = Fixtures.graphOf(run);
                Node parkings = NodeFactory.createURI("https://data.voorbeeld.be/dataset/parkings");
                assertTrue(g.contains(NodeFactory.createURI("https://data.voorbeeld.be/distribution/parkings-csv"), null, null),
                        "distributions travel with their dataset");
                assertTrue(g.contains(NodeFactory.createURI("https://data.voorbeeld.be/org/stad"), null, null),
                        "the publisher's description travels with the dataset");
                assertFalse(g.contains(NodeFactory.createURI(s.uri("/catalog").toString()), null, null),
                        "the catalogue and paging nodes are not records");
                Node record = G.find(g, null, NodeFactory.createURI("http://xmlns.com/foaf/0.1/primaryTopic"), parkings)
                        .toList().get(0).getSubject();
                assertEquals("parkings", G.getOneSP(g, record, DCTerms.identifier.asNode()).getLiteralLexicalForm());
                assertEquals(s.uri("/catalog").toString(),
                        G.getOneSP(g, record, NodeFactory.createURI("https://data.slimcat.be/ns/slimcat#retrievedFrom")).getURI());
            }
        }
    }

    @Test
    void follows_legacy_paged_collections_with_a_literal_next_page() {
        server.on("/feed.jsonld", ex -> {
            String q = ex.getRequestURI().getQuery();
            String body = "page=2".equals(q) ? Fixtures.text("feeds/legacy-page2.jsonld") : Fixtures.text("feeds/legacy-page1.jsonld");
            LocalServer.send(ex, 200, "application/ld+json", body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
        try (HarvestRun run = harvester.run(source("/feed.jsonld"), Map.of(), false)) {
            assertEquals(HarvestStatus.SUCCEEDED, run.status(), run.message());
            assertEquals(Set.of("fietstellingen", "luchtmeetnet"), Fixtures.recordIds(run));
        }
    }

    @Test
    void reads_a_feed_that_is_not_paged_and_tells_rdfxml_by_its_content() {
        server.respond("/dump", 200, "application/octet-stream", Fixtures.text("feeds/single.rdf"));
        try (HarvestRun run = harvester.run(source("/dump"), Map.of(), false)) {
            assertEquals(HarvestStatus.SUCCEEDED, run.status(), run.message());
            assertEquals(Set.of("geluid"), Fixtures.recordIds(run));
        }
    }

    @Test
    void counts_changes_against_the_last_good_run() {
        server.respond("/dump", 200, "application/rdf+xml", Fixtures.text("feeds/single.rdf"));
        Map<String, String> first;
        try (HarvestRun run = harvester.run(source("/dump"), Map.of(), false)) {
            first = hashes(run);
        }
        Map<String, String> previous = new HashMap<>(first);
        try (HarvestRun same = harvester.run(source("/dump"), previous, false)) {
            assertEquals(new ChangeSummary(0, 0, 1, 0), same.changes());
        }
        previous.put("geluid", "0000");
        previous.put("verdwenen", "1111");
        try (HarvestRun changed = harvester.run(source("/dump"), previous, true)) {
            assertEquals(new ChangeSummary(0, 1, 0, 1), changed.changes());
        }
    }

    @Test
    void a_source_that_shrinks_too_much_keeps_its_last_good_data() {
        server.respond("/dump", 200, "application/rdf+xml", Fixtures.text("feeds/single.rdf"));
        Map<String, String> previous = Map.of("a", "1", "b", "2", "c", "3");
        try (HarvestRun run = harvester.run(source("/dump"), previous, false)) {
            assertEquals(HarvestStatus.SHRUNK, run.status());
            assertFalse(run.status().replacesGraph());
            assertTrue(run.message().startsWith("the source shrank from 3 to 1 records, more than the allowed 50%"), run.message());
        }
        try (HarvestRun accepted = harvester.run(source("/dump"), previous, true)) {
            assertEquals(HarvestStatus.SUCCEEDED, accepted.status());
        }
    }

    @Test
    void an_empty_answer_never_wipes_a_source() {
        server.respond("/empty", 200, "text/turtle", "# nothing here\n");
        try (HarvestRun run = harvester.run(source("/empty"), Map.of("a", "1"), false)) {
            assertEquals(HarvestStatus.SHRUNK, run.status());
        }
    }

    @Test
    void an_unreachable_source_is_reported_and_changes_nothing() {
        server.respond("/down", 503, "text/plain", "maintenance");
        try (HarvestRun run = harvester.run(source("/down"), Map.of("a", "1"), false)) {
            assertEquals(HarvestStatus.UNAVAILABLE, run.status());
            assertTrue(run.message().contains("HTTP 503"), run.message());
            assertEquals(2, server.hits("/down"));
        }
    }

    @Test
    void an_unreadable_second_page_makes_the_run_incomplete() {
        server.on("/catalog", ex -> {
            boolean second = "page=2".equals(ex.getRequestURI().getQuery());
            String body = second ? "@prefix broken" : Fixtures.text("feeds/hydra-page1.ttl");
            LocalServer.send(ex, 200, "text/turtle", body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
        try (HarvestRun run = harvester.run(source("/catalog"), Map.of(), false)) {
            assertEquals(HarvestStatus.INCOMPLETE, run.status());
            assertEquals(1, run.staged().pagesLost().size());
            RecordProblem problem = run.staged().problems().get(0);
            assertEquals(server.uri("/catalog?page=2"), problem.page());
            assertEquals("@prefix broken", problem.excerpt());
            assertTrue(problem.reason().startsWith("page is not readable RDF"), problem.reason());
        }
    }

    @Test
    void json_ld_remote_contexts_are_never_fetched() {
        server.respond("/context.jsonld", 200, "application/ld+json", "{\"@context\": {\"title\": \"http://purl.org/dc/terms/title\"}}");
        server.respond("/remote", 200, "application/ld+json",
                Fixtures.text("feeds/remote-context.jsonld").replace("CONTEXT_URL", server.uri("/context.jsonld").toString()));
        try (HarvestRun run = harvester.run(source("/remote"), Map.of(), false)) {
            assertEquals(HarvestStatus.INCOMPLETE, run.status());
            assertTrue(run.staged().problems().get(0).reason().contains("is not fetched"), run.staged().problems().get(0).reason());
        }
        assertEquals(0, server.hits("/context.jsonld"));
    }

    @Test
    void rdf_xml_external_entities_are_not_resolved() {
        server.respond("/secret", 200, "text/plain", "TOP-SECRET");
        server.respond("/xxe", 200, "application/rdf+xml",
                Fixtures.text("feeds/external-entity.rdf").replace("ENTITY_URL", server.uri("/secret").toString()));
        try (HarvestRun run = harvester.run(source("/xxe"), Map.of(), false)) {
            String triples;
            Graph g = Fixtures.graphOf(run);
            triples = g.find().toList().stream().map(Object::toString).collect(Collectors.joining("\n"));
            assertFalse(triples.contains("TOP-SECRET"), triples);
            assertEquals(HarvestStatus.SUCCEEDED, run.status(), run.message() + " " + run.staged().problems());
            assertEquals(Set.of("xxe"), Fixtures.recordIds(run));
        }
        assertEquals(0, server.hits("/secret"));
    }

    @Test
    void provenance_describes_the_run() {
        server.respond("/dump", 200, "application/rdf+xml", Fixtures.text("feeds/single.rdf"));
        try (HarvestRun run = harvester.run(source("/dump"), Map.of(), false)) {
            Graph prov = run.provenance();
            Node sc = NodeFactory.createURI("https://data.slimcat.be/ns/slimcat#harvestStatus");
            assertEquals("succeeded", G.getOneSP(prov, run.iri(), sc).getLiteralLexicalForm());
            assertEquals("1", G.getOneSP(prov, run.iri(),
                    NodeFactory.createURI("https://data.slimcat.be/ns/slimcat#recordsAdded")).getLiteralLexicalForm());
            assertTrue(run.iri().getURI().startsWith("https://data.slimcat.be/id/oogst/voorbeeld-"), run.iri().getURI());
        }
    }

    @Test
    void every_record_is_normalised_and_each_repair_reported() {
        server.respond("/dirty", 200, "text/turtle", Fixtures.text("feeds/dirty.ttl"));
        try (HarvestRun run = harvester.run(source("/dirty"), Map.of(), false)) {
            Graph g = Fixtures.graphOf(run);
            Node dataset = NodeFactory.createURI("https://data.voorbeeld.be/dataset/vuil");
            Node csv = NodeFactory.createURI("https://data.voorbeeld.be/distribution/vuil-csv");
            assertEquals(NodeFactory.createURI("http://publications.europa.eu/resource/authority/frequency/DAILY"),
                    G.getOneSP(g, dataset, DCTerms.accrualPeriodicity.asNode()));
            assertEquals(NodeFactory.createLiteralDT("2026-11-22", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate),
                    G.getOneSP(g, dataset, DCTerms.modified.asNode()));
            assertEquals(NodeFactory.createURI("http://publications.europa.eu/resource/authority/file-type/CSV"),
                    G.getOneSP(g, csv, DCTerms.format.asNode()));
            assertEquals(NodeFactory.createURI("http://publications.europa.eu/resource/authority/licence/CC_BY_4_0"),
                    G.getOneSP(g, csv, DCTerms.license.asNode()));
            assertEquals(NodeFactory.createURI("https://data.voorbeeld.be/vuil.csv"),
                    G.getOneSP(g, csv, org.apache.jena.vocabulary.DCAT.accessURL.asNode()));
            assertEquals(5, run.staged().problems().size(), run.staged().problems().toString());
            assertTrue(run.staged().problems().stream().noneMatch(RecordProblem::rejected));
        }
    }
}
