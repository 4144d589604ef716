// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import be.slimcat.server.browser.SampleSite;

/** The search page with facets over the sample data, through real HTTP. */
class SearchPageTest {
    private static final String MOBILITY = "%2Fid%2Fconcept%2Fdomein%2Fmobility";
    private static final String MUNICIPALITY = "%2Fid%2Fconcept%2Factorcategorie%2Fstad-gemeente";

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

    private static String page(String path) throws Exception {
        HttpResponse<String> response = site.get(path, "Accept-Language", "nl");
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static int total(String body) {
        Matcher m = Pattern.compile("class=\"total\">(\\d+) resultaten").matcher(body);
        assertTrue(m.find(), body);
        return Integer.parseInt(m.group(1));
    }

    private static List<String> hits(String body) {
        return Pattern.compile("<a class=\"hit\" href=\"([^\"]+)\"").matcher(body).results().map(r -> r.group(1)).toList();
    }

    /** The count shown next to a facet value link whose URL contains the parameter. */
    private static int count(String body, String facet, String parameter) {
        int section = body.indexOf("data-facet=\"" + facet + "\"");
        assertTrue(section >= 0, "no facet " + facet);
        Matcher m = Pattern.compile("href=\"[^\"]*" + Pattern.quote(parameter) + "[^\"]*\"[^>]*>[^<]*</a> <span class=\"count\">(\\d+)</span>")
                .matcher(body.substring(section, body.indexOf("</section>", section)));
        assertTrue(m.find(), "no value " + parameter + " in facet " + facet);
        return Integer.parseInt(m.group(1));
    }

    @Test
    void threeChoicesFindTheInstrumentsAMunicipalityCanUseForMobility() throws Exception {
        String instruments = page("/zoeken?type=FundingInstrument");
        assertEquals(81, total(instruments));
        assertEquals(5, count(instruments, "domain", "domain=" + MOBILITY));
        assertEquals(15, count(instruments, "applicant", "applicant=" + MUNICIPALITY));

        String mobility = page("/zoeken?type=FundingInstrument&domain=" + MOBILITY);
        assertEquals(5, total(mobility));

        String forMunicipalities = page("/zoeken?type=FundingInstrument&domain=" + MOBILITY + "&applicant=" + MUNICIPALITY);
        assertEquals(1, total(forMunicipalities));
        assertEquals(List.of("/id/instrument/smart-cities-climate-action-circular-economy-ii"), hits(forMunicipalities));
    }

    /** The query behind the page, run on the endpoint, finds what the page lists. */
    @Test
    void theSparqlBehindThePageFindsTheSameThings() throws Exception {
        for (String search : List.of("/zoeken?type=FundingInstrument&domain=" + MOBILITY + "&applicant=" + MUNICIPALITY,
                "/zoeken?q=parkeer&type=Dataset", "/zoeken?type=Project&city=%2Fid%2Fgemeente%2F44021")) {
            String body = page(search);
            Matcher code = Pattern.compile("<pre><code>(.*?)</code></pre>", Pattern.DOTALL).matcher(body);
            assertTrue(code.find(), body);
            String sparql = org.unbescape.html.HtmlEscape.unescapeHtml(code.group(1));
            HttpResponse<String> answer = site.get("/sparql?query=" + java.net.URLEncoder.encode(sparql, java.nio.charset.StandardCharsets.UTF_8),
                    "Accept", "text/csv");
            assertEquals(200, answer.statusCode(), answer.body());
            java.util.Set<String> items = answer.body().lines().skip(1).map(line -> line.split(",")[0])
                    .map(iri -> iri.replace("https://data.slimcat.be", "")).collect(java.util.stream.Collectors.toSet());
            assertEquals(total(body), items.size(), sparql);
            assertTrue(items.containsAll(hits(body)), sparql);
        }
    }

    @Test
    void countsOfAFacetIgnoreItsOwnChoiceSoOtherValuesWiden() throws Exception {
        String instruments = page("/zoeken?type=FundingInstrument&type=Project");
        assertEquals(81 + 51, total(instruments));
        String onlyInstruments = page("/zoeken?type=FundingInstrument");
        assertEquals(51, count(onlyInstruments, "type", "type=Project"));
    }

    @Test
    void wordsAreFoundThroughTheTextIndexAndCombineWithFacets() throws Exception {
        String parking = page("/zoeken?q=parkeer");
        List<String> hits = hits(parking);
        assertTrue(hits.contains("/id/dataset/gent-parkeerbezetting"), hits.toString());
        String parkingDatasets = page("/zoeken?q=parkeer&type=Dataset");
        assertTrue(total(parkingDatasets) < total(parking));
        assertEquals(0, total(page("/zoeken?q=zzqqxx")));
        assertEquals(total(page("/zoeken")), total(page("/zoeken?q=%22%28%5B*+%29")), "only Lucene syntax, no word: everything");
    }

    @Test
    void pagingKeepsTheChoices() throws Exception {
        String first = page("/zoeken?type=FundingInstrument");
        assertEquals(20, hits(first).size());
        assertTrue(first.contains("rel=\"next\" href=\"/zoeken?type=FundingInstrument&amp;page=2\""), first);
        String last = page("/zoeken?type=FundingInstrument&page=5");
        assertEquals(1, hits(last).size());
        assertTrue(last.contains("rel=\"prev\" href=\"/zoeken?type=FundingInstrument&amp;page=4\""));
        assertEquals(400, site.get("/zoeken?page=zero").statusCode());
    }
}
