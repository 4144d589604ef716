// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.slimcat.harvest.http.FetchPolicy;
import be.slimcat.vocab.SlimcatIris;

class HarvestHtmlReportTest {
    @TempDir Path staging;

    @Test
    void escapes_everything_that_comes_from_a_source() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;", HarvestHtmlReport.esc("<script>alert(\"x\")</script> & '"));
    }

    @Test
    void a_hostile_feed_cannot_inject_markup_into_the_report() throws IOException {
        try (LocalServer server = new LocalServer()) {
            server.respond("/feed", 200, "text/turtle", "@prefix dcat: <http://www.w3.org/ns/dcat#> .\n"
                    + "[] a dcat:Dataset ; <http://purl.org/dc/terms/title> \"<script>alert(1)</script>\" .\n");
            Harvester harvester = Harvester.withAllDialects(SlimcatIris.defaults(),
                    FetchPolicy.defaults().withRetries(0, Duration.ZERO, Duration.ZERO), staging);
            try (HarvestRun run = harvester.run(HarvestSource.adHoc("vijandig", server.uri("/feed"), "dcat", Set.of("127.0.0.1")),
                    Map.of(), false)) {
                String html = HarvestHtmlReport.toHtml(List.of(run), Instant.parse("2026-11-22T02:00:00Z"));
                assertFalse(html.contains("<script>"), html);
                assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
                assertTrue(html.contains("<p>Generated 2026-11-22T02:00:00Z</p>"), html);
            }
        }
    }
}
