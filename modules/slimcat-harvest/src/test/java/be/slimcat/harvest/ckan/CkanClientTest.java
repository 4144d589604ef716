// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.ckan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.slimcat.harvest.ChangeSummary;
import be.slimcat.harvest.Fixtures;
import be.slimcat.harvest.HarvestProgress;
import be.slimcat.harvest.HarvestRun;
import be.slimcat.harvest.HarvestSource;
import be.slimcat.harvest.HarvestStatus;
import be.slimcat.harvest.Harvester;
import be.slimcat.harvest.LocalServer;
import be.slimcat.harvest.PreviousHarvest;
import be.slimcat.harvest.RecordProblem;
import be.slimcat.harvest.http.FetchPolicy;
import be.slimcat.vocab.SlimcatIris;

/** The CKAN and DKAN dialects against a real local server replaying our own CKAN answers. */
class CkanClientTest {
    private static final String SEARCH = "/api/3/action/package_search";
    private static final Instant LAST_RUN = Instant.parse("2025-01-31T22:15:30.500Z");

    @TempDir Path staging;
    private LocalServer server;
    private Harvester harvester;
    /** What the server was asked: the decoded query strings, in order. */
    private final List<String> queries = new CopyOnWriteArrayList<>();
    /** The Authorization header of each request, "" when absent. */
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = new LocalServer();
        FetchPolicy policy = FetchPolicy.defaults().withRetries(1, Duration.ofMillis(10), Duration.ofSeconds(1));
        CkanPackageMapper mapper = new CkanPackageMapper(SlimcatIris.defaults());
        harvester = new Harvester(SlimcatIris.defaults(), policy, staging,
                List.of(new CkanClient(mapper), new DkanClient(mapper)));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static HarvestSource source(URI endpoint, String dialect, boolean incremental, String credentialsEnv) {
        return new HarvestSource("vbs", "Open data Voorbeeldstad", null, endpoint, dialect, 2, incremental, credentialsEnv,
                Set.of("127.0.0.1"), HarvestSource.DEFAULT_MAX_SHRINK);
    }

    private HarvestSource ckan(String pathAndQuery) {
        return source(server.uri(pathAndQuery), "ckan", false, null);
    }

    /** Serves the body the function gives for the request's offset parameter; status 200 unless the body is null. */
    private void serve(String path, String offsetParam, Function<Integer, String> pages) {
        server.on(path, ex -> {
            String query = ex.getRequestURI().getQuery();
            queries.add(query == null ? "" : query);
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            authorizations.add(auth == null ? "" : auth);
            int offset = offset(query, offsetParam);
            String body = pages.apply(offset);
            if (body == null) {
                LocalServer.send(ex, 500, "text/html", "<h1>Internal Server Error</h1>".getBytes(StandardCharsets.UTF_8));
            } else {
                LocalServer.send(ex, 200, "application/json;charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    private static int offset(String query, String name) {
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith(name + "=")) {
                    return Integer.parseInt(pair.substring(name.length() + 1));
                }
            }
        }
        return 0;
    }

    private static String searchPage(int start) {
        return switch (start) {
            case 0 -> Fixtures.text("ckan/search-page1.json");
            case 2 -> Fixtures.text("ckan/search-page2.json");
            case 4 -> Fixtures.text("ckan/search-page3.json");
            default -> Fixtures.text("ckan/search-empty.json");
        };
    }

    @Test
    void harvests_three_pages_of_package_search_by_offset_until_the_count() {
        serve(SEARCH, "start", CkanClientTest::searchPage);
        try (HarvestRun run = harvester.run(ckan("/"), Map.of(), false)) {
            assertEquals(HarvestStatus.SUCCEEDED, run.status(), run.message());
            assertEquals(Set.of("0b1e6a52-7c3d-4f18-a2e9-5d6c7b8a9f01", "1c2f7b63-8d4e-4029-b3fa-6e7d8c9b0a12",
                    "2d3a8c74-9e5f-4b3a-84ab-7f8e9d0c1b23", "3e4b9d85-af60-4c4b-95bc-8a9f0e1d2c34"),
                    Fixtures.recordIds(run));
            assertEquals(List.of("sort=id asc&rows=2&start=0", "sort=id asc&rows=2&start=2", "sort=id asc&rows=2&start=4"),
                    queries, "three pages, and no fourth one since start reached the count");
            assertEquals(3, run.staged().pagesRead().size());
            assertEquals(1, run.staged().rejectedCount());
            RecordProblem orphan = run.staged().problems().get(0);
            assertTrue(orphan.rejected());
            assertEquals(server.uri(SEARCH + "?sort=id%20asc&rows=2&start=2"), orphan.page());
            assertTrue(orphan.excerpt().contains("\"title\":\"Wees\""), orphan.excerpt());
            assertEquals(List.of("", "", ""), authorizations, "no API key is sent when none is configured");
        }
    }

    @Test
    void accepts_the_package_search_url_as_endpoint_and_keeps_its_own_parameters() {
        serve(SEARCH, "start", CkanClientTest::searchPage);
        try (HarvestRun run = harvester.run(ckan(SEARCH + "?fq=organization:stad-voorbeeldstad&rows=1000"), Map.of(), false)) {
            assertEquals(HarvestStatus.SUCCEEDED, run.status(), run.message());
            assertEquals("fq=organization:stad-voorbeeldstad&sort=id asc&rows=2&start=0", queries.get(0));
        }
    }

    @Test
    void a_page_of_invalid_json_is_lost_and_the_next_page_is_still_read() {
        serve(SEARCH, "start", start -> start == 2 ? Fixtures.text("ckan/search-truncated.json") : searchPage(start));
        try (HarvestRun run = harvester.run(ckan("/"), Map.of(), false)) {
            assertEquals(HarvestStatus.INCOMPLETE, run.status());
            assertEquals(Set.of("0b1e6a52-7c3d-4f18-a2e9-5d6c7b8a9f01", "1c2f7b63-8d4e-4029-b3fa-6e7d8c9b0a12",
                    "3e4b9d85-af60-4c4b-95bc-8a9f0e1d2c34"), Fixtures.recordIds(run));
            assertEquals(Set.of(server.uri(SEARCH + "?sort=id%20asc&rows=2&start=2")), run.staged().pagesLost().keySet());
            assertEquals(2, run.staged().pagesRead().size());
            assertEquals(3, queries.size());
            RecordProblem problem = run.staged().problems().get(0);
            assertTrue(problem.reason().startsWith("page is not a readable Action API answer: not JSON"), problem.reason());
            assertTrue(problem.excerpt().startsWith("{ \"help\": \"https://opendata.voorbeeldstad.be/api/3/action/help_show"),
                    problem.excerpt());
        }
    }

    @Test
    void an_http_error_on_a_later_page_is_lost_and_the_run_goes_on() {
        serve(SEARCH, "start", start -> start == 2 ? null : searchPage(start));
        try (HarvestRun run = harvester.run(ckan("/"), Map.of(), false)) {
            assertEquals(HarvestStatus.INCOMPLETE, run.status());
            assertEquals(3, run.staged().size());
            String reason = run.staged().pagesLost().get(server.uri(SEARCH + "?sort=id%20asc&rows=2&start=2"));
            assertNotNull(reason);
            assertTrue(reason.contains("500"), reason);
            assertEquals(List.of("sort=id asc&rows=2&start=0", "sort=id asc&rows=2&start=2", "sort=id asc&rows=2&start=2",
                    "sort=id asc&rows=2&start=4"), queries, "the failing page is retried once, then skipped");
        }
    }

    @Test
    void a_first_page_that_cannot_be_fetched_makes_the_source_unavailable() {
        serve(SEARCH, "start", start -> null);
        try (HarvestRun run = harvester.run(ckan("/"), Map.of("a", "1"), false)) {
            assertEquals(HarvestStatus.UNAVAILABLE, run.status());
            assertFalse(run.status().replacesGraph());
        }
    }

    @Test
    void success_false_is_reported_with_the_portals_error_and_nothing_more_is_asked() {
        serve(SEARCH, "start", start -> Fixtures.text("ckan/search-failure.json"));
        try (HarvestRun run = harvester.run(ckan("/"), Map.of(), false)) {
            assertEquals(HarvestStatus.INCOMPLETE, run.status());
            assertEquals(1, queries.size());
            RecordProblem problem = run.staged().problems().get(0);
            assertEquals("page is not a readable Action API answer: the portal answered \"success\": false"
                    + " (\"Search Query is invalid: \\\"Invalid search parameters: ['sort']\\\"\")", problem.reason());
            assertTrue(problem.rejected());
            assertEquals(0, run.staged().size());
        }
    }

    @Test
    void a_success_false_page_in_the_middle_is_lost_and_the_next_offset_is_read() {
        serve(SEARCH, "start", start -> start == 2 ? Fixtures.text("ckan/search-failure.json") : searchPage(start));
        try (HarvestRun run = harvester.run(ckan("/"), Map.of(), false)) {
            assertEquals(HarvestStatus.INCOMPLETE, run.status());
            assertEquals(3, run.staged().size());
            assertEquals(List.of("sort=id asc&rows=2&start=0", "sort=id asc&rows=2&start=2", "sort=id asc&rows=2&start=4"), queries);
        }
    }

    @Test
    void an_incremental_source_asks_only_for_packages_modified_since_the_last_good_run() {
        serve(SEARCH, "start", CkanClientTest::searchPage);
        HarvestSource incremental = source(server.uri("/"), "ckan", true, null);
        PreviousHarvest previous = PreviousHarvest.of(Map.of("ouder-pakket", "0".repeat(64)), Optional.of(LAST_RUN),
                Optional.of(Instant.now().minus(Duration.ofDays(6))));
        try (HarvestRun run = harvester.run(incremental, previous, false, HarvestProgress.NONE)) {
            assertEquals(HarvestStatus.SUCCEEDED, run.status(), run.message());
            assertEquals(HarvestRun.Effect.MERGE, run.effect(), "an incremental run merges");
            assertEquals(new ChangeSummary(4, 0, 1, 0), run.changes(), "the record it did not bring stays, unchanged");
            assertEquals(Optional.of(LAST_RUN), run.changedSince());
            assertEquals("sort=id asc&fq=metadata_modified:[2025-01-31T22:15:30Z TO *]&rows=2&start=0", queries.get(0));
            assertEquals("sort=id asc&fq=metadata_modified:[2025-01-31T22:15:30Z TO *]&rows=2&start=4", queries.get(2));
        }
        queries.clear();
        HarvestSource filtered = source(server.uri(SEARCH + "?fq=organization:ivago"), "ckan", true, null);
        try (HarvestRun run = harvester.run(filtered, previous, false, HarvestProgress.NONE)) {
            assertEquals(4, run.staged().size());
            assertEquals("fq=(organization:ivago) AND metadata_modified:[2025-01-31T22:15:30Z TO *]&sort=id asc&rows=2&start=0",
                    queries.get(0));
        }
    }

    @Test
    void an_incremental_source_without_a_complete_run_before_is_harvested_in_full() {
        serve(SEARCH, "start", CkanClientTest::searchPage);
        HarvestSource incremental = source(server.uri("/"), "ckan", true, null);
        PreviousHarvest previous = PreviousHarvest.of(Map.of("ouder-pakket", "0".repeat(64)), Optional.empty(), Optional.empty());
        try (HarvestRun run = harvester.run(incremental, previous, true, HarvestProgress.NONE)) {
            assertEquals(HarvestRun.Effect.REPLACE, run.effect());
            assertEquals(Optional.empty(), run.changedSince());
            assertEquals(new ChangeSummary(4, 0, 0, 1), run.changes());
            assertEquals("sort=id asc&rows=2&start=0", queries.get(0));
        }
    }

    @Test
    void an_incremental_source_whose_last_full_run_is_a_week_old_is_harvested_in_full_to_see_deletions() {
        serve(SEARCH, "start", CkanClientTest::searchPage);
        HarvestSource incremental = source(server.uri("/"), "ckan", true, null);
        PreviousHarvest previous = PreviousHarvest.of(Map.of("ouder-pakket", "0".repeat(64)), Optional.of(LAST_RUN),
                Optional.of(Instant.now().minus(Harvester.FULL_RUN_EVERY).minusSeconds(60)));
        try (HarvestRun run = harvester.run(incremental, previous, true, HarvestProgress.NONE)) {
            assertEquals(HarvestRun.Effect.REPLACE, run.effect());
            assertEquals(new ChangeSummary(4, 0, 0, 1), run.changes(), "the package gone from the portal is removed");
            assertEquals("sort=id asc&rows=2&start=0", queries.get(0));
        }
    }

    /**
     * The API key comes from the environment variable the source names. A test cannot set one,
     * so it names PATH, which every test JVM has: a test trick, not a way to configure keys.
     */
    @Test
    void sends_the_api_key_from_the_named_environment_variable_as_authorization() {
        String path = System.getenv("PATH");
        assertNotNull(path, "the trick needs PATH in the environment");
        serve(SEARCH, "start", CkanClientTest::searchPage);
        try (HarvestRun run = harvester.run(source(server.uri("/"), "ckan", false, "PATH"), Map.of(), false)) {
            assertEquals(HarvestStatus.SUCCEEDED, run.status(), run.message());
            assertEquals(List.of(path, path, path), authorizations);
        }
    }

    @Test
    void an_endpoint_that_names_another_action_is_refused_without_a_request() {
        serve("/api/3/action/package_list", "start", start -> "{}");
        try (HarvestRun run = harvester.run(ckan("/api/3/action/package_list"), Map.of(), false)) {
            assertEquals(HarvestStatus.INCOMPLETE, run.status());
            assertEquals(0, queries.size());
        }
    }

    @Test
    void dkan_lists_are_arrays_without_count_and_end_at_an_empty_page() {
        String list = "/api/3/action/" + DkanClient.PACKAGE_LIST;
        serve(list, "offset", offset -> switch (offset) {
            case 0 -> Fixtures.text("ckan/dkan-list-page1.json");
            case 2 -> Fixtures.text("ckan/dkan-list-page2.json");
            default -> Fixtures.text("ckan/dkan-list-empty.json");
        });
        HarvestSource dkan = source(server.uri(list), "dkan", true, null);
        try (HarvestRun run = harvester.run(dkan, Map.of(), false)) {
            assertEquals(HarvestStatus.SUCCEEDED, run.status(), run.message());
            assertEquals(Set.of("8c1d2e3f-4a5b-4c6d-9e7f-8a9b0c1d2e3f", "0e3f4a5b-6c7d-4e8f-90a1-b2c3d4e5f607",
                    "1f4a5b6c-7d8e-4f90-a1b2-c3d4e5f60718"), Fixtures.recordIds(run));
            assertEquals(List.of("limit=2&offset=0", "limit=2&offset=2", "limit=2&offset=3"), queries,
                    "no modification filter and no sort for DKAN; the offset advances by what a page brought");
        }
    }

    @Test
    void dkan_package_search_from_the_base_url_and_a_portal_that_ignores_the_offset() {
        serve(SEARCH, "start", start -> Fixtures.text("ckan/dkan-list-page1.json"));
        try (HarvestRun run = harvester.run(source(server.uri("/"), "dkan", false, null), Map.of(), false)) {
            assertEquals(HarvestStatus.INCOMPLETE, run.status(), "the rest of the list is unknown");
            assertEquals(2, run.staged().size());
            assertEquals(List.of("rows=2&start=0", "rows=2&start=2"), queries);
            assertEquals(0, run.staged().problems().size(), "a package seen again is skipped, not reported");
        }
    }
}
