// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.browser;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The base of the browser tests ({@code *BrowserIT}, run by failsafe in {@code mvn verify}): once per
 * class, the sample data served by a real server ({@link SampleSite}) and a real headless Chromium
 * ({@link HeadlessChromium}) asking for Dutch pages, as a Flemish visitor's browser does. When a test
 * fails, a screenshot and the page's HTML go to {@code target/browser-failures/}. When Chromium or
 * ChromeDriver is missing, every test of the class fails, saying what to install.
 */
@ExtendWith(BrowserTestBase.KeepEvidenceOnFailure.class)
public abstract class BrowserTestBase {
    /** How long a test waits for the page to reach the state it expects. */
    /** The active tab of the SPARQL UI. */
    protected static final String ACTIVE = ".yasgui .tabPanel.active ";
    protected static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir static Path storeDir;
    @TempDir static Path profileDir;

    /** The served sample data. */
    protected static SampleSite site;
    /** The browser. */
    protected static ChromeDriver browser;

    @BeforeAll
    static void startSiteAndBrowser() {
        browser = HeadlessChromium.start("nl-BE,nl", profileDir);
        site = SampleSite.start(storeDir);
    }

    @AfterAll
    static void stopSiteAndBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        if (site != null) {
            site.close();
            site = null;
        }
    }

    /** Loads the page at the path of the site and waits until it has loaded. */
    protected static void open(String path) {
        browser.get(site.url(path));
    }

    /** Waits up to {@link #PATIENCE} until the condition holds, and returns its value. */
    protected static <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, PATIENCE).until(condition);
    }

    /** Runs the JavaScript in the page (with {@code arguments[i]} bound to the arguments) and returns its value. */
    protected static Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(javascript, arguments);
    }

    /** The console messages of level error since the last call (CSP violations and failed loads among them). */
    protected static List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /** The http(s) and ws(s) URLs the browser requested or got responses from since the last call, in order. */
    protected static Set<String> networkUrls() {
        Set<String> urls = new LinkedHashSet<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonObject message = JsonParser.parseString(entry.getMessage()).getAsJsonObject().getAsJsonObject("message");
            String method = message.get("method").getAsString();
            JsonObject params = message.getAsJsonObject("params");
            if (method.equals("Network.requestWillBeSent")) {
                urls.add(params.getAsJsonObject("request").get("url").getAsString());
            } else if (method.equals("Network.responseReceived")) {
                urls.add(params.getAsJsonObject("response").get("url").getAsString());
            } else if (method.equals("Network.webSocketCreated")) {
                urls.add(params.get("url").getAsString());
            }
        }
        urls.removeIf(url -> !url.matches("(?i)(https?|wss?)://.*"));
        return urls;
    }

    /** Those of the URLs that are not on the site's origin. */
    protected static List<String> elsewhere(Set<String> urls) {
        URI origin = URI.create(site.origin());
        return urls.stream().filter(url -> {
            URI uri = URI.create(url);
            return !(origin.getHost().equalsIgnoreCase(uri.getHost()) && origin.getPort() == uri.getPort());
        }).toList();
    }

    /** Saves a screenshot and the HTML of the page when a test fails. */
    static final class KeepEvidenceOnFailure implements TestWatcher {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser == null) {
                return;
            }
            Path folder = Path.of("target", "browser-failures");
            String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
            try {
                Files.createDirectories(folder);
                Files.write(folder.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
                Files.writeString(folder.resolve(name + ".html"), browser.getPageSource(), StandardCharsets.UTF_8);
                System.err.println("Browser test failed at " + browser.getCurrentUrl() + "; screenshot and HTML in "
                        + folder.toAbsolutePath().resolve(name) + ".{png,html}");
            } catch (IOException | RuntimeException e) {
                System.err.println("Could not keep the screenshot of " + name + ": " + e);
            }
        }
    }

    /** Waits until the SPARQL UI's YASGUI has its active tab and editor. */
    protected static void waitForYasgui() {
        waitUntil(driver -> Boolean.TRUE.equals(script(
                "return !!(window.slimcatYasgui && slimcatYasgui.getTab() && slimcatYasgui.getTab().getYasqe());")));
    }

    /** The rows of the result table of the active tab once it is shown, as column name to the text of the cell. */
    protected static List<Map<String, String>> yasguiResultRows() {
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(ACTIVE + ".yasr table.dataTable tbody td")));
        List<String> columns = new ArrayList<>();
        for (WebElement th : browser.findElements(By.cssSelector(ACTIVE + ".yasr table.dataTable thead th"))) {
            columns.add(th.getText().strip());
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (WebElement tr : browser.findElements(By.cssSelector(ACTIVE + ".yasr table.dataTable tbody tr"))) {
            List<WebElement> cells = tr.findElements(By.tagName("td"));
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 1; i < cells.size(); i++) {  // column 0 numbers the rows
                row.put(columns.get(i), cells.get(i).getText().strip());
            }
            rows.add(row);
        }
        return rows;
    }
}
