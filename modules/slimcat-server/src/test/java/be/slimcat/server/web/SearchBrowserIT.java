// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import be.slimcat.server.browser.BrowserTestBase;

/**
 * Search in a real browser: from the home page, three clicks (funding instruments, Smart Mobility, city
 * or municipality) find the one instrument in the samples a municipality can use for smart mobility;
 * removing a choice widens again; words typed in the box keep the facet choices.
 */
class SearchBrowserIT extends BrowserTestBase {
    private static void clickFacetValue(String facet, String label) {
        WebElement section = browser.findElement(By.cssSelector("section.facet[data-facet=" + facet + "]"));
        section.findElement(By.xpath(".//a[normalize-space(.)='" + label + "']")).click();
    }

    private static String total() {
        return browser.findElement(By.cssSelector("h2.total")).getText();
    }

    private static List<String> hits() {
        return browser.findElements(By.cssSelector("a.hit")).stream().map(WebElement::getText).toList();
    }

    @Test
    void threeClicksFromTheHomePageFindTheInstrumentForAMunicipalityAndASmartMobilityPilot() {
        open("/");
        browser.findElement(By.partialLinkText("financieringsinstrumenten")).click();
        waitUntil(ExpectedConditions.textToBe(By.cssSelector("h2.total"), "81 resultaten (1–20)"));

        clickFacetValue("domain", "Smart Mobility");
        waitUntil(ExpectedConditions.textToBe(By.cssSelector("h2.total"), "5 resultaten (1–5)"));

        clickFacetValue("applicant", "Stad of gemeente");
        waitUntil(ExpectedConditions.textToBe(By.cssSelector("h2.total"), "1 resultaten (1–1)"));
        assertEquals(List.of("Smart Cities, Climate Action & Circular Economy II"), hits());
        assertTrue(browser.getCurrentUrl().endsWith("/zoeken?type=FundingInstrument&domain=%2Fid%2Fconcept%2Fdomein%2Fmobility"
                + "&applicant=%2Fid%2Fconcept%2Factorcategorie%2Fstad-gemeente"), browser.getCurrentUrl());

        browser.findElement(By.cssSelector("p.chosen a.badge[aria-label*='Smart Mobility']")).click();
        waitUntil(ExpectedConditions.textToBe(By.cssSelector("h2.total"), "15 resultaten (1–15)"));
    }

    @Test
    void wordsKeepTheChosenFacets() {
        open("/zoeken?type=Dataset");
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("parkeer");
        box.submit();
        waitUntil(ExpectedConditions.urlContains("q=parkeer"));
        assertTrue(browser.getCurrentUrl().contains("type=Dataset"), browser.getCurrentUrl());
        assertTrue(hits().stream().anyMatch(h -> h.toLowerCase().contains("parkeer")), hits().toString());
        assertTrue(browser.findElements(By.cssSelector("span.badge")).stream().map(WebElement::getText)
                .filter(t -> !t.contains("★")).allMatch("dataset"::equals));
    }
}
