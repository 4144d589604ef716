// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import be.slimcat.store.queries.QueryLibrary;
import be.slimcat.vocab.SlimcatIris;

/**
 * The example queries of {@code data-samples/queries/} (the ones the README shows) answer their
 * questions on the bundled sample data, loaded into a real TDB2 store with its text index.
 */
class SampleQueriesTest {
    @TempDir static Path dir;
    private static CatalogueStore store;

    @BeforeAll
    static void load() {
        store = StoreUnderTest.open(dir);
        new SampleData(SlimcatIris.defaults()).loadInto(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Path queries() {
        return Path.of(System.getProperty("slimcat.repository", "../..")).resolve("data-samples/queries");
    }

    /** The rows of the library query in {@code file}, its parameters bound to their defaults. */
    private static List<List<String>> rows(String file) {
        String name = file.substring(0, file.length() - ".rq".length());
        return QueryLibrary.bundled().get(name).bind(Map.of(), SlimcatIris.defaults()).select(store).texts();
    }

    /**
     * Every example query that reads only the sample data returns rows with its default parameters. Queries marked "# needs: quality graphs" read what the CLI's quality pass writes; ServeJarIT
     * runs them on a served store.
     */
    @TestFactory
    Stream<DynamicTest> every_example_query_returns_rows() throws IOException {
        try (Stream<Path> files = Files.list(queries())) {
            List<Path> rq = files.filter(f -> f.toString().endsWith(".rq")).filter(f -> !needsQualityGraphs(f)).sorted().toList();
            assertTrue(rq.size() >= 5, "at least five example queries");
            return rq.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(),
                    () -> assertFalse(rows(f.getFileName().toString()).isEmpty(), f + " returned no rows")));
        }
    }

    private static boolean needsQualityGraphs(Path query) {
        try {
            return Files.readString(query).contains("# needs: quality graphs");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void urban_innovative_actions_conditions() throws IOException {
        assertEquals(List.of(List.of("5000000.0", "0.8", "36", "Nord-Pas de Calais Region")),
                rows("urban-innovative-actions.rq"));
    }

    @Test
    void open_data_charter_cities() throws IOException {
        assertEquals(List.of(
                List.of("https://data.slimcat.be/id/gemeente/11002", "Antwerpen", "11002", "true"),
                List.of("https://data.slimcat.be/id/gemeente/12025", "Mechelen", "12025", "true"),
                List.of("https://data.slimcat.be/id/gemeente/35013", "Oostende", "35013", "true"),
                List.of("https://data.slimcat.be/id/gemeente/46021", "Sint-Niklaas", "46021", "true")),
                rows("open-data-charter-cities.rq"));
    }

    @Test
    void realtime_mobility_datasets_of_gent_and_antwerpen() throws IOException {
        String iana = "https://www.iana.org/assignments/media-types/";
        assertEquals(List.of(
                List.of("https://data.slimcat.be/id/dataset/antwerpen-parkeerbezetting", "Antwerpen", iana + "application/xml"),
                List.of("https://data.slimcat.be/id/dataset/gent-parkeerbezetting", "Gent", iana + "application/json"),
                List.of("https://data.slimcat.be/id/dataset/gent-parkeerbezetting", "Gent", iana + "text/csv")),
                rows("realtime-mobility-gent-antwerpen.rq"));
    }

    @Test
    void text_search_finds_the_parking_datasets_first() throws IOException {
        List<List<String>> rows = rows("search-parking.rq");
        List<String> firstFour = rows.subList(0, 4).stream().map(r -> r.get(0)).sorted().toList();
        assertEquals(List.of("https://data.slimcat.be/id/dataset/antwerpen-parkeerbezetting",
                "https://data.slimcat.be/id/dataset/gent-parkeerbezetting",
                "https://data.slimcat.be/id/dataset/gent-parkeerbezetting-historiek",
                "https://data.slimcat.be/id/dataset/kortrijk-parkeersensoren"), firstFour);
    }

    @Test
    void scifi_is_the_mobility_project_with_most_partners() throws IOException {
        List<String> first = rows("mobility-pilots-and-lessons.rq").get(0);
        assertEquals(List.of("https://data.slimcat.be/id/project/scifi", "Smart Cities Innovation Framework Implementation",
                "Mechelen", "8", "2"), first);
    }

    @Test
    void the_readme_shows_verbatim_every_query_file_it_names() throws IOException {
        String readme = Files.readString(queries().resolve("../../README.md"));
        java.util.regex.Matcher shown = java.util.regex.Pattern
                .compile("`data-samples/queries/([a-z0-9-]+\\.rq)`\n\n```sparql\n(.*?)```", java.util.regex.Pattern.DOTALL)
                .matcher(readme);
        int count = 0;
        while (shown.find()) {
            assertEquals(Files.readString(queries().resolve(shown.group(1))).strip(), shown.group(2).strip(), shown.group(1));
            count++;
        }
        assertTrue(count >= 3, "the README shows at least three queries, found " + count);
    }

    @Test
    void the_readme_lists_every_library_query_with_its_title_and_parameters() throws IOException {
        String readme = Files.readString(queries().resolve("../../README.md"));
        for (be.slimcat.store.queries.LibraryQuery q : be.slimcat.store.queries.QueryLibrary.bundled().list()) {
            StringBuilder parameters = new StringBuilder();
            for (be.slimcat.store.queries.QueryParameter p : q.parameters()) {
                parameters.append(parameters.isEmpty() ? "" : ", ").append('`').append(p.name()).append('=')
                        .append(p.defaultValue()).append('`');
            }
            String row = "| `" + q.name() + "` | " + q.title("en") + " | "
                    + String.join(", ", q.questions().stream().map(String::valueOf).toList()) + " | " + parameters + " |";
            assertTrue(readme.contains(row), "README lacks the row\n" + row);
        }
    }
}
