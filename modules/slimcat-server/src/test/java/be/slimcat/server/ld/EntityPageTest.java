// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import be.slimcat.server.browser.SampleSite;

/**
 * The HTML entity pages over the sample data (and harvested.trig): titles in the page language with the
 * other language as fallback, relations both ways as labelled links, quality and provenance, alternate links.
 * Expected texts are taken from data-samples/ and the messages files.
 */
class EntityPageTest {
    @TempDir static Path dir;
    static SampleSite site;

    @BeforeAll
    static void start() {
        site = SampleSite.start(dir, "/be/slimcat/server/ld/harvested.trig");
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static String page(String path, String... headers) throws Exception {
        HttpResponse<String> r = site.get(path, headers);
        assertEquals(200, r.statusCode(), path);
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        return r.body();
    }

    private static void assertContains(String body, String expected) {
        assertTrue(body.contains(expected), () -> "expected <" + expected + "> in\n" + body);
    }

    @Test
    void aDatasetPageInDutch() throws Exception {
        String body = page("/doc/dataset/gent-parkeerbezetting");
        assertContains(body, "<html lang=\"nl\">");
        assertContains(body, "<title>Realtime parkeerbezetting Gent (voorbeeld) · SlimCat</title>");
        assertContains(body, "<h1>Realtime parkeerbezetting Gent (voorbeeld)</h1>");
        assertContains(body, "<h2 id=\"section-distributions\">Distributies en uitgever</h2>");
        assertContains(body, "<dd><a href=\"/id/distributie/gent-parkeerbezetting-json\">Actuele bezetting als JSON (3 sterren)</a></dd>");
        assertContains(body, "<dd><a href=\"/id/gemeente/44021\">Gent</a></dd>");
        assertContains(body, "<link rel=\"alternate\" type=\"text/turtle\" href=\"/doc/dataset/gent-parkeerbezetting?format=ttl\">");
        assertContains(body, "<a href=\"/doc/dataset/gent-parkeerbezetting?format=jsonld\" type=\"application/ld+json\">JSON-LD</a>");
    }

    @Test
    void theSameDatasetInEnglishFallsBackToDutchWhereThereIsNoEnglish() throws Exception {
        String body = page("/doc/dataset/gent-parkeerbezetting", "Accept-Language", "en");
        assertContains(body, "<html lang=\"en\">");
        assertContains(body, "<h1>Real-time parking occupancy Ghent (example)</h1>");
        assertContains(body, "<h2 id=\"section-distributions\">Distributions and publisher</h2>");
        assertContains(body, "<dd><a href=\"/id/distributie/gent-parkeerbezetting-json\" lang=\"nl\">Actuele bezetting als JSON (3 sterren)</a></dd>");
        assertContains(body, "<dt>in catalogue</dt>");
        assertContains(body, "<dd><a href=\"/id/catalogus/slimcat-voorbeelden\">SlimCat example catalogue</a></dd>");
    }

    @Test
    void theIrisOfSlimCatsOwnCatalogueAndRecordsDereferenceToo() throws Exception {
        HttpResponse<String> redirect = site.get("/id/dataset/slimcat");
        assertEquals(303, redirect.statusCode());
        assertEquals("/doc/dataset/slimcat", redirect.headers().firstValue("Location").orElseThrow());
        String dataset = page("/doc/dataset/slimcat");
        assertContains(dataset, "<h1>Alle gegevens van SlimCat</h1>");
        assertContains(dataset, "<dd><a href=\"/id/organisatie/slimcat\">SlimCat</a></dd>");
        assertContains(dataset, "<dd><a href=\"/id/catalogus/slimcat\">SlimCat: catalogus van het Vlaamse slimme-stadecosysteem</a></dd>");
        String catalogue = page("/doc/catalogus/slimcat", "Accept-Language", "en");
        assertContains(catalogue, "<h1>SlimCat: catalogue of the Flemish smart-city ecosystem</h1>");
        assertContains(catalogue, "<dd><a href=\"/id/dataset/slimcat\">All data of SlimCat</a></dd>");
        HttpResponse<String> turtle = site.get("/doc/organisatie/slimcat?format=ttl");
        assertEquals(200, turtle.statusCode());
        assertContains(turtle.body(), "foaf:name");
    }

    @Test
    void aProjectLinksItsPartnersAndItsFunding() throws Exception {
        String body = page("/doc/project/scifi");
        assertContains(body, "<h1 lang=\"en\">Smart Cities Innovation Framework Implementation</h1>");
        assertContains(body, "<h2 id=\"section-partners\">Partners</h2>");
        assertContains(body, "<dd><a href=\"/id/gemeente/12025\">Mechelen</a></dd>");
        assertContains(body, "<dd><a href=\"/id/organisatie/agoria\">Agoria</a></dd>");
        assertContains(body, "<h2 id=\"section-funding\">Financiering</h2>");
        assertContains(body, "<dd><a href=\"/id/instrument/interreg-2-mers-seas-zeeen\">2 Mers Seas Zeeën</a></dd>");
        assertContains(body, "<dd><span>3.165.503</span></dd>");
    }

    @Test
    void anActorListsItsProjectsThroughTheLinksPointingAtIt() throws Exception {
        String body = page("/doc/organisatie/agoria?lang=en");
        assertContains(body, "<h2 id=\"section-projects\">Projects</h2>");
        assertContains(body, "<dt>partner in</dt>");
        assertContains(body, "<dd><a href=\"/id/project/scifi\">Smart Cities Innovation Framework Implementation</a></dd>");
        assertContains(body, "<h2 id=\"section-memberships\">Memberships and partnerships</h2>");
        assertContains(body, "<dd><a href=\"/id/organisatie/smart-cities-vlaanderen\" lang=\"nl\">Smart Cities Vlaanderen</a></dd>");
    }

    @Test
    void aHarvestedDatasetShowsItsStarsScoreViolationsAndProvenance() throws Exception {
        String body = page("/doc/dataset/gent-3f2a9c41d07b5e68");
        assertContains(body, "<h1>Fietstellingen Gent</h1>");
        assertContains(body, "<span class=\"stars\" aria-hidden=\"true\">★★★☆☆</span> 3 van 5 sterren");
        assertContains(body, "<dd>145 van 405 punten (voldoende)</dd>");
        assertContains(body, "<a href=\"/id/validatierapport/0a1b2c3d4e5f60718293a4b5\">1 open schending</a>");
        assertContains(body, "<li><strong title=\"http://purl.org/dc/terms/description\">beschrijving</strong>: "
                + "<span>Voeg een beschrijving (dct:description) toe aan de dataset.</span></li>");
        assertContains(body, "In graaf <a href=\"/graph/source/gent\">https://data.slimcat.be/graph/source/gent</a>");
        assertContains(body, "uit <a href=\"/id/bron/gent\">Open data portaal Stad Gent</a>");
        assertContains(body, "<a href=\"/id/oogst/gent-20261122T020000123Z\">run</a> (succeeded)");
    }

    @Test
    void irisThatAreNotWebAddressesAreShownButNotLinked() throws Exception {
        String body = page("/doc/dataset/gent-3f2a9c41d07b5e68");
        assertContains(body, "<dd><span>javascript:alert(1)</span></dd>");
        assertTrue(!body.contains("href=\"javascript:"), body);
    }

    @Test
    void aConceptShowsItsSchemeAndNarrowerConcepts() throws Exception {
        String body = page("/doc/concept/domein/mobility");
        assertContains(body, "<h1>Smart Mobility</h1>");
        assertContains(body, "<dd><a href=\"/id/conceptscheme/domein\">Smart City-domeinen</a></dd>");
        assertContains(body, "<dt>smallere concepten</dt>");
        assertContains(body, "<dd><a href=\"/id/concept/domein/mobility-parkeren\">Parkeren</a></dd>");
    }

    @Test
    void aHarvestRunShowsItsSourceAndWhatItWrote() throws Exception {
        String body = page("/doc/oogst/gent-20261122T020000123Z");
        assertContains(body, "<p class=\"kind\">Activiteit</p>");
        assertContains(body, "<dd><a href=\"/id/bron/gent\">Open data portaal Stad Gent</a></dd>");
        assertContains(body, "<dd><a href=\"/id/catalogusrecord/gent-3f2a9c41d07b5e68\">https://data.slimcat.be/id/catalogusrecord/gent-3f2a9c41d07b5e68</a></dd>");
    }
}
