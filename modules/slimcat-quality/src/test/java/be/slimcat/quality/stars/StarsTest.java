// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.stars;

import static be.slimcat.quality.Fixtures.dataset;
import static be.slimcat.quality.Fixtures.distribution;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;

import be.slimcat.quality.DcatRecord;
import be.slimcat.quality.Fixtures;
import be.slimcat.quality.LinkStatuses;
import be.slimcat.quality.facts.FileTypes;
import be.slimcat.quality.facts.Licences;

/** Hand-computed stars for the fixtures in {@code stars/records.ttl} (expected levels in its comments). */
class StarsTest {
    private static final Graph RECORDS = Fixtures.graph("stars/records.ttl");
    private static final FiveStarRule RULE = new FiveStarRule(FileTypes.bundled(), Licences.bundled());

    private static DatasetStars rate(String slug) {
        return rate(slug, LinkStatuses.none(), Map.of());
    }

    private static DatasetStars rate(String slug, LinkStatuses links, Map<String, String> data) {
        Map<org.apache.jena.graph.Node, Graph> graphs = new java.util.HashMap<>();
        data.forEach((dist, file) -> graphs.put(distribution(dist), Fixtures.graph("stars/" + file)));
        return RULE.rate(new DcatRecord(RECORDS, dataset(slug)), links, graphs);
    }

    private static StarRating only(DatasetStars stars) {
        assertEquals(1, stars.distributions().size());
        return stars.distributions().get(0);
    }

    @Test
    void zero_stars_for_csv_under_a_non_commercial_licence() {
        StarRating rating = only(rate("nul"));
        assertEquals(0, rating.level());
        assertEquals(new StarReason(1, false, StarBasis.METADATA,
                "licentie CC BY-NC 4.0 is niet open (Open Definition: ze beperkt gebruik of bewerking)",
                "licence CC BY-NC 4.0 is not open (Open Definition: it restricts use or modification)"), rating.reason(1));
        assertTrue(rating.reason(2).met());
        assertTrue(rating.reason(3).met());
        assertFalse(rating.awarded(2));
    }

    @Test
    void one_star_for_a_pdf_under_an_open_licence() {
        StarRating rating = only(rate("een"));
        assertEquals(1, rating.level());
        assertEquals(new StarReason(1, true, StarBasis.METADATA,
                "op het web (https://example.org/een.pdf, bereikbaarheid niet gecontroleerd) onder een open licentie "
                        + "(CC BY 4.0, op de distributie)",
                "on the web (https://example.org/een.pdf, reachability not checked) under an open licence "
                        + "(CC BY 4.0, on the distribution)"), rating.reason(1));
        assertEquals(new StarReason(2, false, StarBasis.METADATA,
                "formaat PDF is geen gestructureerde data (SlimCats tabel van bestandstypes)",
                "format PDF is not structured data (SlimCat's file-type table)"), rating.reason(2));
        assertEquals("format PDF is not an open structured format (SlimCat's file-type table)", rating.reason(3).en());
        assertEquals("format PDF is not RDF (SlimCat's file-type table)", rating.reason(4).en());
        assertEquals(new StarReason(5, false, StarBasis.METADATA, "geen RDF, dus geen links naar data van anderen",
                "not RDF, so no links to other people's data"), rating.reason(5));
    }

    @Test
    void two_stars_for_xlsx_under_the_datasets_flemish_licence() {
        StarRating rating = only(rate("twee"));
        assertEquals(2, rating.level());
        assertEquals("op het web (https://example.org/twee.xlsx, bereikbaarheid niet gecontroleerd) onder een open licentie "
                + "(Modellicentie gratis hergebruik 1.0, op de dataset)", rating.reason(1).nl());
        assertEquals("format XLSX is machine-readable structured data", rating.reason(2).en());
        assertEquals(new StarReason(3, false, StarBasis.METADATA, "formaat XLSX is gestructureerd maar propriëtair",
                "format XLSX is structured but proprietary"), rating.reason(3));
    }

    @Test
    void three_stars_for_csv_given_as_text() {
        StarRating rating = only(rate("drie"));
        assertEquals(3, rating.level());
        assertTrue(rating.reason(1).en().endsWith("under an open licence (CC BY 4.0, on the distribution)"));
        assertEquals(new StarReason(3, true, StarBasis.METADATA, "formaat CSV is een open, niet-propriëtair formaat",
                "format CSV is a non-proprietary open format"), rating.reason(3));
        assertEquals("format CSV is not RDF (SlimCat's file-type table)", rating.reason(4).en());
    }

    @Test
    void four_stars_from_the_format_when_the_data_was_not_inspected() {
        StarRating rating = only(rate("vier"));
        assertEquals(4, rating.level());
        assertEquals(new StarReason(4, true, StarBasis.FORMAT_ONLY,
                "formaat RDF_TURTLE is RDF; de data zelf werd niet bekeken, het gebruik van IRI's is verondersteld",
                "format RDF_TURTLE is RDF; the data itself was not inspected, the use of IRIs is assumed"), rating.reason(4));
        assertEquals(new StarReason(5, false, StarBasis.FORMAT_ONLY,
                "de data werd niet bekeken: links naar data van anderen zijn niet te zien aan het formaat",
                "the data was not inspected: links to other people's data cannot be seen from the format"), rating.reason(5));
    }

    @Test
    void five_stars_when_the_data_links_to_other_domains() {
        StarRating rating = only(rate("vijf", LinkStatuses.none(), Map.of("vijf-ttl", "data-linked.ttl")));
        assertEquals(5, rating.level());
        assertEquals(new StarReason(4, true, StarBasis.DATA,
                "de RDF-data (5 triples) noemt 2 dingen bij een http(s)-IRI, bv. https://data.gent.example/id/parking/1",
                "the RDF data (5 triples) names 2 things with an http(s) IRI, e.g. https://data.gent.example/id/parking/1"),
                rating.reason(4));
        assertEquals(new StarReason(5, true, StarBasis.DATA,
                "de data linkt naar 2 IRI's van 2 andere domeinen, bv. http://vocab.belgif.be/auth/refnis2025/44021",
                "the data links to 2 IRIs of 2 other domains, e.g. http://vocab.belgif.be/auth/refnis2025/44021"),
                rating.reason(5));
    }

    @Test
    void four_stars_from_the_data_when_it_links_only_to_its_own_domain() {
        StarRating rating = only(rate("vier-data", LinkStatuses.none(), Map.of("vier-data-jsonld", "data-local.ttl")));
        assertEquals(4, rating.level());
        assertEquals("the RDF data (3 triples) names 2 things with an http(s) IRI, e.g. https://data.gent.example/id/parking/1",
                rating.reason(4).en());
        assertEquals(new StarReason(5, false, StarBasis.DATA, "de data linkt niet naar IRI's van andere domeinen",
                "the data does not link to IRIs of other domains"), rating.reason(5));
    }

    @Test
    void three_stars_when_the_data_names_nothing_with_an_iri() {
        StarRating rating = only(rate("drie-data", LinkStatuses.none(), Map.of("drie-data-nt", "data-blank.ttl")));
        assertEquals(3, rating.level());
        assertEquals(new StarReason(4, false, StarBasis.DATA,
                "de RDF-data (3 triples) noemt geen enkel ding bij een http(s)-IRI",
                "the RDF data (3 triples) names nothing with an http(s) IRI"), rating.reason(4));
        assertEquals("the data links to 1 IRI of 1 other domain, e.g. http://vocab.belgif.be/auth/refnis2025/44021",
                rating.reason(5).en());
        assertTrue(rating.reason(5).met());
        assertFalse(rating.awarded(5));
    }

    @Test
    void zero_stars_without_a_url_on_the_web() {
        StarRating rating = only(rate("geen-url"));
        assertEquals(0, rating.level());
        assertEquals("the distribution has no access or download URL on the web (http or https)", rating.reason(1).en());
        assertEquals("de distributie heeft geen toegangs- of download-URL op het web (http of https)", rating.reason(1).nl());
    }

    @Test
    void zero_stars_for_an_unknown_or_textual_licence() {
        assertEquals("licence https://example.org/eigen-licentie is not in SlimCat's list of open licences",
                only(rate("onbekende-licentie")).reason(1).en());
        StarRating text = only(rate("tekst-licentie"));
        assertEquals(0, text.level());
        assertEquals("the licence on the distribution is text (\"CC-BY\"), not the IRI of a known licence", text.reason(1).en());
    }

    @Test
    void zero_stars_for_a_blank_node_licence_and_an_empty_format_states_nothing() {
        StarRating rating = only(rate("blanco-licentie"));
        assertEquals(0, rating.level());
        assertEquals(new StarReason(1, false, StarBasis.METADATA,
                "de licentie op de distributie is een blanco knoop zonder IRI: welke licentie het is, is niet te zeggen",
                "the licence on the distribution is a blank node without IRI: which licence it is cannot be told"),
                rating.reason(1));
        assertEquals("no format (dct:format) or media type (dcat:mediaType) stated", rating.reason(2).en());
    }

    @Test
    void one_star_for_an_unknown_or_missing_format() {
        StarRating unknown = only(rate("onbekend-formaat"));
        assertEquals(1, unknown.level());
        assertEquals("format \"SPSS\" is not known (no EU file type or known media type)", unknown.reason(2).en());
        assertEquals("formaat \"SPSS\" is niet gekend (geen EU-bestandstype of gekend mediatype)", unknown.reason(2).nl());
        StarRating none = only(rate("geen-formaat"));
        assertEquals(1, none.level());
        assertEquals("no format (dct:format) or media type (dcat:mediaType) stated", none.reason(2).en());
    }

    @Test
    void a_dataset_has_the_stars_of_its_best_distribution() {
        DatasetStars stars = rate("beste");
        assertEquals(List.of(1, 3, 2), stars.distributions().stream().map(StarRating::level).toList());
        assertEquals(3, stars.level());
        assertEquals(distribution("beste-b-csv"), stars.best().orElseThrow().subject());
    }

    @Test
    void a_dataset_without_distributions_has_no_stars() {
        DatasetStars stars = rate("leeg");
        assertEquals(0, stars.level());
        assertEquals(Optional.empty(), stars.best());
    }

    @Test
    void link_checks_decide_whether_the_distribution_is_on_the_web() {
        StarRating broken = only(rate("kapot", LinkStatuses.of(Map.of("https://example.org/kapot", 404,
                "https://example.org/kapot.csv", 0)), Map.of()));
        assertEquals(0, broken.level());
        assertEquals(new StarReason(1, false, StarBasis.LINK_CHECK,
                "geen enkele URL van de distributie antwoordt met 2xx (https://example.org/kapot: HTTP 404)",
                "no URL of the distribution answers with 2xx (https://example.org/kapot: HTTP 404)"), broken.reason(1));
        StarRating download = only(rate("kapot", LinkStatuses.of(Map.of("https://example.org/kapot", 404,
                "https://example.org/kapot.csv", 200)), Map.of()));
        assertEquals(3, download.level());
        assertEquals(new StarReason(1, true, StarBasis.LINK_CHECK,
                "op het web (https://example.org/kapot.csv antwoordt HTTP 200) onder een open licentie (CC BY 4.0, op de distributie)",
                "on the web (https://example.org/kapot.csv answers HTTP 200) under an open licence (CC BY 4.0, on the distribution)"),
                download.reason(1));
        StarRating partly = only(rate("kapot", LinkStatuses.of(Map.of("https://example.org/kapot", 404)), Map.of()));
        assertEquals(3, partly.level());
        assertEquals(StarBasis.METADATA, partly.reason(1).basis());
        assertTrue(partly.reason(1).en().startsWith("on the web (https://example.org/kapot.csv, reachability not checked)"));
    }
}
