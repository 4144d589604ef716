// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import com.sun.net.httpserver.HttpServer;

/**
 * slimcat check on two fixtures written for it. Expected figures, by hand from the MQA points:
 * check-good.ttl scores findability 100 (keyword 30, theme 30, spatial 20, temporal 20), accessibility 20
 * (download URL; the two URL statuses, 50 + 30, not assessed), interoperability 110 (format 20, media type
 * 10, both from vocabularies 10, non-proprietary 20, machine-readable 20, DCAT-AP compliance 30),
 * reusability 75 and contextuality 20: 325, good. check-weak.ttl: keyword 30; format 20, machine-readable
 * (XLSX) 20; licence 20, known licence 10: 100, bad (its missing publisher is a violation, so no compliance
 * points), 50 points not assessed (the access URL status; it has no download URL, so that status fails).
 */
class CheckCommandTest {
    @TempDir Path dir;

    @Test
    void a_good_record_has_three_stars_325_points_and_exits_0() {
        Cli cli = Cli.run("check", Cli.fixture("check-good.ttl"));
        assertEquals(0, cli.exitCode, cli.toString());
        assertTrue(cli.out.contains("\n  stars      3 of 5 stars; no 4th star: format CSV is not RDF (SlimCat's file-type table)\n"), cli.out);
        assertTrue(cli.out.contains("\n  MQA score  325 of 405 (good)\n             findability 100/100, accessibility 20/100,"
                + " interoperability 110/110, reusability 75/75, contextuality 20/20\n             80 points not assessed: link checks"
                + " (do the access and download URLs answer?) are not done by this command yet\n"), cli.out);
        assertTrue(cli.out.contains("\n  DCAT-AP    conforms: 0 violation(s), 2 warning(s)\n"), cli.out);
        assertTrue(cli.out.contains("\n  MQA score  mean 325.0 of 405 (good)\n"), cli.out);
        assertTrue(cli.out.contains("\n  stars      0: 0, 1: 0, 2: 0, 3: 1, 4: 0, 5: 0 (datasets per number of stars)\n"), cli.out);
        assertFalse(cli.out.contains("Fixes worth most points"), "every assessed indicator passed: nothing to suggest");
    }

    @Test
    void a_weak_record_has_two_stars_100_points_a_violation_and_ranked_fixes() {
        Cli cli = Cli.run("check", Cli.fixture("check-weak.ttl"));
        assertEquals(3, cli.exitCode, cli.toString());
        assertTrue(cli.out.contains("\n  stars      2 of 5 stars; no 3rd star: format XLSX is structured but proprietary\n"), cli.out);
        assertTrue(cli.out.contains("\n  MQA score  100 of 405 (bad)\n             findability 30/100, accessibility 0/100,"
                + " interoperability 40/110, reusability 30/75, contextuality 0/20\n             50 points not assessed:"), cli.out);
        assertTrue(cli.out.contains("\n  DCAT-AP    does not conform: 1 violation(s), 10 warning(s)\n             violation dct:publisher: "),
                cli.out);
        assertTrue(cli.out.contains("\nFixes worth most points\n   1. add a theme (dcat:theme) (1 dataset): +30 points per dataset,"
                + " +30 in total\n   2. provide a download URL"), cli.out);
        assertTrue(cli.out.contains("\n   9. add the media type (dcat:mediaType) (2 distributions in 1 dataset): +10 points per dataset,"
                + " +10 in total\n"), cli.out);
        assertEquals(10, cli.out.lines().filter(l -> l.matches(" +\\d+\\. .*")).count(), cli.out);
    }

    @Test
    void messages_and_fixes_in_dutch() {
        Cli cli = Cli.run("check", "--lang", "nl", Cli.fixture("check-weak.ttl"));
        assertEquals(3, cli.exitCode, cli.toString());
        assertTrue(cli.out.contains("\n  sterren    2 van 5 sterren; geen 3e ster: formaat XLSX is gestructureerd maar propriëtair\n"), cli.out);
        assertTrue(cli.out.contains("\n  MQA-score  100 van 405 (slecht)\n             vindbaarheid 30/100,"), cli.out);
        assertTrue(cli.out.contains("\n   1. voeg een thema (dcat:theme) toe (1 dataset): +30 punten per dataset, +30 in totaal\n"), cli.out);
    }

    @Test
    void json_has_the_figures_per_record_and_overall() {
        Cli cli = Cli.run("check", "--format", "json", Cli.fixture("check-weak.ttl"));
        assertEquals(3, cli.exitCode, cli.toString());
        JsonObject json = JSON.parse(cli.out);
        assertEquals(1, json.get("datasets").getAsNumber().value().intValue());
        assertEquals(1, json.get("violations").getAsNumber().value().intValue());
        assertEquals(10, json.get("warnings").getAsNumber().value().intValue());
        assertEquals(100.0, json.get("meanScore").getAsNumber().value().doubleValue());
        assertEquals("bad", json.get("band").getAsString().value());
        assertEquals(1, json.get("stars").getAsObject().get("2").getAsNumber().value().intValue());
        assertEquals(0, json.get("stars").getAsObject().get("3").getAsNumber().value().intValue());
        JsonObject fix = json.get("fixes").getAsArray().get(0).getAsObject();
        assertEquals("theme", fix.get("indicator").getAsString().value());
        assertEquals(30, fix.get("totalGain").getAsNumber().value().intValue());
        JsonObject record = json.get("records").getAsArray().get(0).getAsObject();
        assertEquals("https://data.slimcat.be/id/dataset/check-parkeren", record.get("dataset").getAsString().value());
        assertEquals(2, record.get("stars").getAsNumber().value().intValue());
        assertEquals(3, record.get("missedStar").getAsNumber().value().intValue());
        assertEquals("format XLSX is structured but proprietary", record.get("missedStarReason").getAsString().value());
        JsonObject score = record.get("score").getAsObject();
        assertEquals(100, score.get("total").getAsNumber().value().intValue());
        assertEquals(50, score.get("notAssessed").getAsNumber().value().intValue());
        assertEquals(40, score.get("dimensions").getAsObject().get("interoperability").getAsNumber().value().intValue());
        assertFalse(record.get("conforms").getAsBoolean().value());
        JsonArray findings = record.get("findings").getAsArray();
        assertEquals(20, findings.size(), "1 violation, 10 warnings and 9 infos");
        assertEquals(9, findings.stream().filter(f -> "info".equals(f.getAsObject().get("severity").getAsString().value())).count());
        assertEquals("violation", findings.get(0).getAsObject().get("severity").getAsString().value());
        assertEquals("dct:publisher", findings.get(0).getAsObject().get("path").getAsString().value());
    }

    @Test
    void html_is_a_well_formed_page_with_the_data_escaped() throws Exception {
        Path page = dir.resolve("check.html");
        Cli cli = Cli.run("check", "--format", "html", "--output", page.toString(), Cli.fixture("check-weak.ttl"));
        assertEquals(3, cli.exitCode, cli.toString());
        assertEquals("Report written to " + page + "\n", cli.out);
        String html = Files.readString(page);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), html);
        assertTrue(html.contains("<h2 id=\"dataset-1\">Parkeren &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; zo</h2>"), html);
        assertFalse(html.contains("<script"), "no script, and the title's markup is escaped");
        assertFalse(html.contains("src=") || html.contains("href=\"http"), "nothing loaded from elsewhere");
        assertTrue(html.contains("<li>add a theme (dcat:theme) (1 dataset): +30 points per dataset, +30 in total</li>"), html);
        assertTrue(html.contains("<dd>100 of 405 (bad)</dd>"), html);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertEquals("html", doc.getDocumentElement().getTagName());
        assertEquals(10, doc.getElementsByTagName("li").getLength(), "the 10 fixes and nothing else in a list");
    }

    @Test
    void a_missing_file_exits_2_and_a_syntax_error_3_with_its_position() {
        Cli missing = Cli.run("check", "no-such-file.ttl");
        assertEquals(2, missing.exitCode, missing.toString());
        assertEquals("slimcat: File not found: no-such-file.ttl (check the path)\n", missing.err);
        Cli broken = Cli.run("check", Cli.fixture("broken.ttl"));
        assertEquals(3, broken.exitCode, broken.toString());
        assertTrue(broken.err.startsWith("slimcat: " + Cli.fixture("broken.ttl") + ":3:39: syntax error:"), broken.err);
        Cli language = Cli.run("check", "--lang", "fr", Cli.fixture("check-good.ttl"));
        assertEquals(2, language.exitCode, language.toString());
    }

    @Test
    void a_feed_is_read_with_the_harvester_and_an_unreachable_one_exits_4() throws IOException {
        byte[] feed = (Files.readString(Path.of(Cli.fixture("check-good.ttl")))
                + Files.readString(Path.of(Cli.fixture("check-weak.ttl")))).getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/catalog", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/turtle");
            ex.sendResponseHeaders(200, feed.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(feed);
            }
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/catalog";
        try {
            Cli cli = Cli.run("check", "--format", "json", "--allow-host", "127.0.0.1", url);
            assertEquals(3, cli.exitCode, cli.toString());
            JsonObject json = JSON.parse(cli.out);
            assertEquals(2, json.get("datasets").getAsNumber().value().intValue());
            assertEquals(212.5, json.get("meanScore").getAsNumber().value().doubleValue(), cli.out);
            assertEquals("sufficient", json.get("band").getAsString().value());
            JsonArray records = json.get("records").getAsArray();
            assertEquals(List.of(325, 100), List.of(
                    records.get(0).getAsObject().get("score").getAsObject().get("total").getAsNumber().value().intValue(),
                    records.get(1).getAsObject().get("score").getAsObject().get("total").getAsNumber().value().intValue()));

            Cli refused = Cli.run("check", url);
            assertEquals(4, refused.exitCode, refused.toString());
            assertTrue(refused.err.contains("resolves to the internal address 127.0.0.1"), refused.err);
        } finally {
            server.stop(0);
        }
        Cli down = Cli.run("check", "--allow-host", "127.0.0.1", url);
        assertEquals(4, down.exitCode, down.toString());
        assertTrue(down.err.startsWith("slimcat: " + url + ": "), down.err);
    }
}
