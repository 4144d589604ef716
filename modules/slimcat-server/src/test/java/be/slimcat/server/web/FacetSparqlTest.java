// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.slimcat.server.browser.SampleSite;

/** The facet functions on the SPARQL endpoint answer as the search page does, over real HTTP and TDB2. */
class FacetSparqlTest {
    private static final String PREFIXES = "PREFIX facet: <https://data.slimcat.be/ns/facet#>\n"
            + "PREFIX sc: <https://data.slimcat.be/ns/slimcat#>\nPREFIX dcat: <http://www.w3.org/ns/dcat#>\n";
    private static final String BASE = "https://data.slimcat.be";
    private static final String MOBILITY = BASE + "/id/concept/domein/mobility";
    private static final String MUNICIPALITY = BASE + "/id/concept/actorcategorie/stad-gemeente";

    @TempDir static Path dir;
    static SampleSite site;

    @BeforeAll
    static void start() {
        site = SampleSite.start(dir);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    /** The rows of a SELECT as CSV lines split on commas (header left out). */
    private static List<List<String>> rows(SampleSite on, String query) throws Exception {
        HttpResponse<String> answer = ask(on, query);
        assertEquals(200, answer.statusCode(), answer.body());
        List<List<String>> rows = new ArrayList<>();
        answer.body().lines().skip(1).forEach(line -> rows.add(List.of(line.split(",", -1))));
        return rows;
    }

    private static HttpResponse<String> ask(SampleSite on, String query) throws Exception {
        return on.get("/sparql?query=" + URLEncoder.encode(PREFIXES + query, StandardCharsets.UTF_8), "Accept", "text/csv");
    }

    private static Map<String, Integer> counts(SampleSite on, String arguments) throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (List<String> row : rows(on, "SELECT ?value ?n { (?value ?n) facet:count (" + arguments + ") }")) {
            counts.put(row.get(0), Integer.parseInt(row.get(1)));
        }
        return counts;
    }

    private static List<String> hits(String page) {
        return Pattern.compile("<a class=\"hit\" href=\"([^\"]+)\"").matcher(page).results().map(r -> BASE + r.group(1)).toList();
    }

    @Test
    void countsAreTheSearchPagesCounts() throws Exception {
        Map<String, Integer> domains = counts(site, "\"domain\" \"type\" sc:FundingInstrument");
        assertEquals(5, domains.get(MOBILITY));
        Map<String, Integer> applicants = counts(site, "\"applicant\" \"type\" sc:FundingInstrument \"domain\" <" + MOBILITY + ">");
        assertEquals(1, applicants.get(MUNICIPALITY));
        // rows come by count, highest first
        List<Integer> values = new ArrayList<>(domains.values());
        List<Integer> sorted = new ArrayList<>(values);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, values);
    }

    @Test
    void aFacetsCountsLeaveOutItsOwnChoice() throws Exception {
        Map<String, Integer> types = counts(site, "\"type\" \"type\" sc:FundingInstrument");
        assertEquals(81, types.get("https://data.slimcat.be/ns/slimcat#FundingInstrument"));
        assertEquals(51, types.get("https://data.slimcat.be/ns/slimcat#Project"));
    }

    @Test
    void itemsAreWhatThePageFindsInThePagesOrder() throws Exception {
        List<List<String>> three = rows(site, "SELECT ?item { ?item facet:items (\"type\" sc:FundingInstrument \"domain\" <"
                + MOBILITY + "> \"applicant\" <" + MUNICIPALITY + ">) }");
        assertEquals(List.of(List.of(BASE + "/id/instrument/smart-cities-climate-action-circular-economy-ii")), three);

        String secondPage = site.get("/zoeken?type=FundingInstrument&page=2").body();
        List<String> paged = rows(site, "SELECT ?item { ?item facet:items (\"type\" sc:FundingInstrument) } LIMIT 20 OFFSET 20")
                .stream().map(row -> row.get(0)).toList();
        assertEquals(hits(secondPage), paged);
    }

    @Test
    void wordsComeThroughTheTextIndexWithTheirScores() throws Exception {
        List<List<String>> parking = rows(site, "SELECT ?item ?score { (?item ?score) facet:items (\"q\" \"parkeer\" \"type\" dcat:Dataset) }");
        assertTrue(parking.stream().anyMatch(row -> row.get(0).equals(BASE + "/id/dataset/gent-parkeerbezetting")), parking.toString());
        assertTrue(parking.stream().allMatch(row -> Float.parseFloat(row.get(1)) > 0), parking.toString());
        assertEquals(hits(site.get("/zoeken?q=parkeer&type=Dataset").body()).size(), Math.min(20, parking.size()));
        Map<String, Integer> types = counts(site, "\"type\" \"q\" \"parkeer\"");
        assertEquals(parking.size(), types.get("http://www.w3.org/ns/dcat#Dataset"));
    }

    @Test
    void aBoundItemIsCheckedAndValuesJoinTheRestOfTheQuery() throws Exception {
        String instrument = "<" + BASE + "/id/instrument/smart-cities-climate-action-circular-economy-ii>";
        assertEquals(1, rows(site, "SELECT * { " + instrument + " facet:items (\"domain\" <" + MOBILITY + ">) }").size());
        assertEquals(0, rows(site, "SELECT * { " + instrument + " facet:items (\"type\" dcat:Dataset) }").size());
        List<List<String>> named = rows(site, "PREFIX dct: <http://purl.org/dc/terms/>\nSELECT ?title { VALUES ?d { <" + MOBILITY
                + "> } ?item facet:items (\"type\" sc:FundingInstrument \"domain\" ?d \"applicant\" <" + MUNICIPALITY
                + ">) ; dct:title ?title FILTER(lang(?title) = \"en\") }");
        assertEquals(1, named.size(), named.toString());
    }

    @Test
    void mistakesAreRefusedWithWhatToDo() throws Exception {
        assertRefused("SELECT * { (?v ?n) facet:count (\"thema\") }", "unknown facet \"thema\"", "\"theme\"");
        assertRefused("SELECT * { ?i facet:items (\"theme\" ?t) }", "unbound variable ?t", "VALUES or BIND");
        assertRefused("SELECT * { ?i facet:items (\"theme\") }", "pairs of a facet name and a value", "1 terms");
        assertRefused("SELECT * { ?i facet:items (\"publisher\" \"Gent\") }", "\"publisher\" has IRI values", "\"Gent\"");
        assertRefused("SELECT * { (?v) facet:count (\"theme\") }", "the subject is (?value ?count)", "facet:count");
    }

    private static void assertRefused(String query, String... parts) throws Exception {
        HttpResponse<String> answer = ask(site, query);
        assertEquals(400, answer.statusCode(), answer.body());
        for (String part : parts) {
            assertTrue(answer.body().contains(part), answer.body());
        }
    }

    /** Answers follow the index, which is rebuilt after a commit: the endpoint must not keep an older answer. */
    @Test
    void answersFollowTheIndexAfterACommit(@TempDir Path own) throws Exception {
        try (SampleSite changing = SampleSite.start(own)) {
            String query = "\"type\"";
            assertEquals(81, counts(changing, query).get("https://data.slimcat.be/ns/slimcat#FundingInstrument"));
            changing.store().replaceGraph(NodeFactory.createURI(BASE + "/graph/test-extra"), RDFParser.fromString(
                    "<" + BASE + "/id/instrument/extra> a <https://data.slimcat.be/ns/slimcat#FundingInstrument> .",
                    Lang.TURTLE).toGraph());
            long deadline = System.nanoTime() + 60_000_000_000L;
            int seen;
            do {
                Thread.sleep(100);
                seen = counts(changing, query).get("https://data.slimcat.be/ns/slimcat#FundingInstrument");
            } while (seen != 82 && System.nanoTime() < deadline);
            assertEquals(82, seen);
        }
    }
}
