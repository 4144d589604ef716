// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.browser;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium ({@code /usr/bin/chromium}) driven through Debian's ChromeDriver
 * ({@code /usr/bin/chromedriver}), headless, with the flags a closed network needs. Both paths are
 * given to Selenium, so Selenium Manager never looks for or downloads a browser or driver. Other paths
 * can be set with the system properties {@value #CHROMIUM_PROPERTY} and {@value #CHROMEDRIVER_PROPERTY}.
 */
public final class HeadlessChromium {
    static final String CHROMIUM_PROPERTY = "slimcat.chromium";
    static final String CHROMEDRIVER_PROPERTY = "slimcat.chromedriver";
    private static final String INSTALL = "Browser tests need Chromium and ChromeDriver: install them with "
            + "`apt-get install -y chromium chromium-driver` (Debian packages; .ci/run does this), or point "
            + "-D" + CHROMIUM_PROPERTY + "=... and -D" + CHROMEDRIVER_PROPERTY + "=... at other copies.";

    private HeadlessChromium() {}

    /**
     * Starts a new browser with its profile in the empty folder {@code profile}, asking for pages in
     * {@code acceptLanguages} (e.g. {@code nl-BE,nl}) and keeping its console and network logs.
     *
     * @throws IllegalStateException naming what to install when Chromium or ChromeDriver is missing
     */
    public static ChromeDriver start(String acceptLanguages, Path profile) {
        File chromium = executable(CHROMIUM_PROPERTY, "/usr/bin/chromium", "Chromium");
        File chromedriver = executable(CHROMEDRIVER_PROPERTY, "/usr/bin/chromedriver", "ChromeDriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=" + acceptLanguages.split(",")[0],
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguages));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver)
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    private static File executable(String property, String debianPath, String what) {
        File file = new File(System.getProperty(property, debianPath));
        if (!file.canExecute()) {
            throw new IllegalStateException(what + " is missing: " + file + " is not an executable file. " + INSTALL);
        }
        return file;
    }

}
