// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.sparqlui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import be.slimcat.server.browser.BrowserTestBase;
import be.slimcat.store.queries.QueryLibrary;
import be.slimcat.vocab.SlimcatIris;

/** YASGUI at {@code /sparql-ui/} in a real browser, querying the server's own endpoint over the sample data. */
class SparqlUiBrowserIT extends BrowserTestBase {
    private static final String SC = "https://data.slimcat.be/ns/slimcat#";

    /** YASGUI keeps its tabs in the browser's storage; each test starts without (from a page without YASGUI). */
    @BeforeEach
    void forgetEarlierTabs() {
        open("/");
        script("window.localStorage.clear();");
        consoleErrors();
        networkUrls();
    }

    @Test
    void aTypedQueryRunsAgainstTheServerAndShowsTheCountInTheTable() {
        open("/sparql-ui/");
        waitForYasgui();
        String query = "SELECT (COUNT(DISTINCT ?instrument) AS ?count) WHERE { ?instrument a <" + SC
                + "FundingInstrument> }";
        WebElement editor = browser.findElement(By.cssSelector(ACTIVE + ".yasqe .CodeMirror"));
        editor.click();
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.DELETE)
                .sendKeys(query).perform();
        assertEquals(query, editorValue());

        browser.findElement(By.cssSelector(ACTIVE + ".yasqe_queryButton")).click();

        assertEquals(List.of(Map.of("count", integer(81))), yasguiResultRows());
    }

    @Test
    void aQueryInTheAddressOpensInATabAndRuns() {
        String query = "SELECT (COUNT(DISTINCT ?project) AS ?projects) WHERE { ?project a <" + SC + "Project> }";
        open("/sparql-ui/?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&title=projects");
        waitForYasgui();

        assertEquals(query, editorValue());
        assertEquals(List.of(Map.of("projects", integer(51))), yasguiResultRows());
        assertEquals(List.of("projects"), script("return slimcatYasgui.persistentConfig.getTabs()"
                + ".map(function (id) { return slimcatYasgui.getTab(id).getName(); });"), "the only tab");
        assertEquals(site.url("/sparql"), script("return slimcatYasgui.getTab().getEndpoint();"));
    }

    @Test
    void anExampleFromTheLibraryOpensInItsOwnTab() {
        open("/sparql-ui/");
        waitForYasgui();
        WebElement examples = browser.findElement(By.id("example"));
        waitUntil(ExpectedConditions.elementToBeClickable(examples));
        Select select = new Select(examples);
        List<String> offered = select.getOptions().stream().map(option -> option.getAttribute("value")).toList();
        List<String> bundled = QueryLibrary.bundled().names();
        assertEquals(bundled, offered.subList(1, offered.size()));
        assertTrue(bundled.contains("urban-innovative-actions"), bundled.toString());

        select.selectByValue("urban-innovative-actions");
        waitUntil(driver -> "urban-innovative-actions".equals(script("return slimcatYasgui.getTab().getName();")));
        assertEquals(QueryLibrary.bundled().get("urban-innovative-actions").bind(Map.of(), SlimcatIris.defaults()).text(),
                editorValue());

        browser.findElement(By.cssSelector(ACTIVE + ".yasqe_queryButton")).click();
        List<Map<String, String>> rows = yasguiResultRows();
        assertEquals(1, rows.size(), rows.toString());
        assertEquals(integer(36), rows.get(0).get("maxDurationMonths"));
    }

    @Test
    void nothingIsRequestedFromAnywhereElseAndNothingIsBlocked() {
        open("/sparql-ui/?query=" + URLEncoder.encode("PREFIX sc: <" + SC + ">\nASK { ?x a sc:Project }",
                StandardCharsets.UTF_8));
        waitForYasgui();
        waitUntil(ExpectedConditions.textToBe(By.cssSelector(ACTIVE + ".yasr .booleanResult"), "True"));
        waitUntil(ExpectedConditions.elementToBeClickable(By.id("example")));

        Set<String> urls = networkUrls();
        assertEquals(List.of(), elsewhere(urls), "requests to other origins");
        assertTrue(urls.contains(site.url("/sparql-ui/lib/yasgui.min.js")), urls.toString());
        assertTrue(urls.contains(site.url("/sparql-ui/examples.json")), urls.toString());
        assertTrue(urls.contains(site.url("/sparql")), urls.toString());
        assertTrue(urls.contains(site.url("/sparql-ui/prefixes.json")), urls.toString());
        List<String> errors = consoleErrors();
        errors.removeIf(message -> message.contains("/favicon.ico"));  // the site has no icon yet
        assertEquals(List.of(), errors, "console errors (CSP violations among them)");
    }

    @Test
    void prefixCompletionOffersTheVocabularysPrefixes() {
        open("/sparql-ui/");
        waitForYasgui();
        browser.findElement(By.cssSelector(ACTIVE + ".yasqe .CodeMirror")).click();
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.DELETE)
                .sendKeys("PREFIX dca").perform();

        WebElement hints = waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".CodeMirror-hints")));
        assertEquals(List.of("dcat: <http://www.w3.org/ns/dcat#>"), hints.findElements(By.tagName("li")).stream()
                .map(WebElement::getText).toList());
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        assertEquals("PREFIX dcat: <http://www.w3.org/ns/dcat#>", editorValue().strip());
    }

    private static String editorValue() {
        return (String) script("return slimcatYasgui.getTab().getYasqe().getValue();");
    }

    /** How the result table shows an xsd:integer. */
    private static String integer(int value) {
        return "\"" + value + "\"^^<http://www.w3.org/2001/XMLSchema#integer>";
    }
}
