// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import be.slimcat.server.browser.SampleSite;

/** The home page and the 404 page over the sample data, in both languages. */
class HomePageTest {
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

    @Test
    void homeCountsWhatTheCatalogueHoldsInDutchByDefault() throws Exception {
        HttpResponse<String> home = site.get("/");
        assertEquals(200, home.statusCode());
        assertEquals("nl", home.headers().firstValue("Content-Language").orElseThrow());
        assertTrue(home.headers().firstValue("Content-Security-Policy").orElseThrow().contains("default-src 'self'"));
        String body = home.body();
        assertTrue(body.contains("<html lang=\"nl\">"), body);
        assertTrue(body.contains("<span class=\"count\">81</span> financieringsinstrumenten"), body);
        assertTrue(body.contains("<span class=\"count\">51</span> projecten en pilots"), body);
        assertTrue(body.contains("<span class=\"count\">19</span> datasets"), body);
    }

    @Test
    void acceptLanguageAndTheSwitchChooseEnglish() throws Exception {
        HttpResponse<String> byHeader = site.get("/", "Accept-Language", "en-GB,en;q=0.9,nl;q=0.5");
        assertEquals("en", byHeader.headers().firstValue("Content-Language").orElseThrow());
        assertTrue(byHeader.body().contains("<span class=\"count\">81</span> funding instruments"));

        HttpResponse<String> bySwitch = site.get("/?lang=en", "Accept-Language", "nl");
        assertEquals("en", bySwitch.headers().firstValue("Content-Language").orElseThrow());
        assertTrue(bySwitch.headers().firstValue("Set-Cookie").orElseThrow().startsWith("slimcat-lang=en"));

        HttpResponse<String> remembered = site.get("/", "Cookie", "slimcat-lang=en", "Accept-Language", "nl");
        assertEquals("en", remembered.headers().firstValue("Content-Language").orElseThrow());
    }

    @Test
    void unknownPathsGetTheNotFoundPage() throws Exception {
        HttpResponse<String> missing = site.get("/no/such/page");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("<code>/no/such/page</code>"), missing.body());
    }

    @Test
    void theStyleSheetIsServedAndTraversalIsNot() throws Exception {
        HttpResponse<String> css = site.get("/static/slimcat.css");
        assertEquals(200, css.statusCode());
        assertEquals("text/css;charset=utf-8", css.headers().firstValue("Content-Type").orElseThrow().toLowerCase().replace(" ", ""));
        assertEquals(404, site.get("/static/../messages_nl.properties").statusCode());
    }
}
