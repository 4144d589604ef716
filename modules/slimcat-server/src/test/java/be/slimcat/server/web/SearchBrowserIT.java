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

    /**
     * The "done when": from the home page, three clicks (funding instruments, city or municipality,
     * Flemish) list what a municipality can apply for; the instrument's page links the projects it funded,
     * a project's page its partners; the query behind the search, opened in the SPARQL editor, runs and
     * lists the same six instruments.
     */
    @Test
    void aNewUserFindsFundingFollowsAProjectToItsPartnersAndRunsTheQueryBehindTheSearch() {
        open("/");
        browser.findElement(By.partialLinkText("financieringsinstrumenten")).click();
        waitUntil(ExpectedConditions.textToBe(By.cssSelector("h2.total"), "81 resultaten (1–20)"));
        clickFacetValue("applicant", "Stad of gemeente");
        waitUntil(ExpectedConditions.textToBe(By.cssSelector("h2.total"), "15 resultaten (1–15)"));
        clickFacetValue("level", "Vlaams");
        waitUntil(ExpectedConditions.textToBe(By.cssSelector("h2.total"), "6 resultaten (1–6)"));
        String search = browser.getCurrentUrl();

        browser.findElement(By.linkText("City of Things")).click();
        waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), "City of Things"));
        browser.findElement(By.linkText("Smart City Marktplaats")).click();
        waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), "Smart City Marktplaats"));
        assertTrue(browser.findElement(By.id("section-partners")).findElement(By.xpath("..")).getText().contains("Bonheiden"));

        browser.navigate().to(search);
        browser.findElement(By.cssSelector("details.sparql summary")).click();
        browser.findElement(By.cssSelector("a.open-sparql")).click();
        waitForYasgui();
        java.util.Set<String> instruments = yasguiResultRows().stream().map(row -> row.get("item"))
                .collect(java.util.stream.Collectors.toSet());
        assertEquals(6, instruments.size(), instruments.toString());
        assertTrue(instruments.stream().anyMatch(i -> i.contains("city-of-things-2018")), instruments.toString());
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
