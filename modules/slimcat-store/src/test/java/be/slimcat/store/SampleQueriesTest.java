// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

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
        store = CatalogueStore.open(dir);
        new SampleData(SlimcatIris.defaults()).loadInto(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Path queries() {
        return Path.of(System.getProperty("slimcat.repository", "../..")).resolve("data-samples/queries");
    }

    private static List<List<String>> rows(String file) throws IOException {
        String query = Files.readString(queries().resolve(file));
        return store.read(dsg -> {
            List<List<String>> rows = new ArrayList<>();
            RowSet rs = QueryExec.dataset(dsg).query(query).select();
            List<org.apache.jena.sparql.core.Var> vars = rs.getResultVars();
            rs.forEachRemaining(b -> rows.add(vars.stream()
                    .map(v -> b.get(v) == null ? "" : b.get(v).isLiteral() ? b.get(v).getLiteralLexicalForm() : b.get(v).toString())
                    .toList()));
            return rows;
        });
    }

    /**
     * Every example query that reads only the sample data returns rows. Queries marked "# Needs: the
     * quality graphs" read what the CLI's quality pass writes; ServeJarIT runs them on a served store.
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
            return Files.readString(query).contains("# Needs: the quality graphs");
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
    void the_readme_shows_every_example_query_verbatim() throws IOException {
        String readme = Files.readString(queries().resolve("../../README.md"));
        try (Stream<Path> files = Files.list(queries())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).toList()) {
                assertTrue(readme.contains(Files.readString(f).strip()), "README lacks " + f.getFileName());
            }
        }
    }
}
