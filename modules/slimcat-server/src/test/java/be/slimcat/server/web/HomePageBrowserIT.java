// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import be.slimcat.server.browser.BrowserTestBase;

/** The home page in a real browser: Dutch for a Dutch-speaking visitor, English through the switch, remembered. */
class HomePageBrowserIT extends BrowserTestBase {
    private static final String DUTCH_HEADING = "Slimme steden in Vlaanderen: actoren, financiering, projecten en data";
    private static final String ENGLISH_HEADING = "Smart cities in Flanders: actors, funding, projects and data";

    @Test
    void opensInDutchAndTheLanguageSwitchTurnsItIntoEnglish() {
        open("/");
        assertEquals(DUTCH_HEADING, browser.findElement(By.tagName("h1")).getText());
        assertEquals("nl", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Slimme steden in Vlaanderen: actoren, financiering, projecten en data · SlimCat", browser.getTitle());
        assertTrue(browser.findElement(By.id("per-type")).findElement(By.xpath("..")).getText()
                .contains("81 financieringsinstrumenten"));

        browser.findElement(By.cssSelector("nav.language a[hreflang=en]")).click();
        waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), ENGLISH_HEADING));
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.findElement(By.id("per-type")).findElement(By.xpath("..")).getText()
                .contains("81 funding instruments"));

        open("/");
        assertEquals(ENGLISH_HEADING, browser.findElement(By.tagName("h1")).getText(), "the choice is remembered");

        browser.findElement(By.cssSelector("nav.language a[hreflang=nl]")).click();
        waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), DUTCH_HEADING));
    }
}
