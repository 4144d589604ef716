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
import java.util.concurrent.CopyOnWriteArrayList;

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
 * <p>
 * check-links.ttl with --check-links: three datasets like check-good.ttl, whose URL status points are now
 * assessed (access URL answers 2xx 50, download URL answers 2xx 30). check-links-ok: access 200, download
 * 301 then 200: accessibility 50 + 20 + 30 = 100, total 325 - 20 + 100 = 405, excellent. check-links-gone:
 * access 200, download 404: accessibility 50 + 20 = 70, total 325 - 20 + 70 = 375, excellent. check-links-refused: access
 * refused (0), no download URL: accessibility 0, total 325 - 20 = 305, good; and 0 stars, as its only URL
 * was checked and does not answer 2xx. Mean (405 + 375 + 305) / 3 = 361.7, excellent; nothing left unassessed.
 */
class CheckCommandTest {
    @TempDir Path dir;

    @Test
    void a_good_record_has_three_stars_325_points_and_exits_0() {
        Cli cli = Cli.run("check", Cli.fixture("check-good.ttl"));
        assertEquals(0, cli.exitCode, cli.toString());
        assertTrue(cli.out.contains("\n  stars      3 of 5 stars; no 4th star: format CSV is not RDF (SlimCat's file-type table)\n"), cli.out);
        assertTrue(cli.out.contains("\n  MQA score  325 of 405 (good)\n             findability 100/100, accessibility 20/100,"
                + " interoperability 110/110, reusability 75/75, contextuality 20/20\n             80 points not assessed: the access"
                + " and download URLs were not checked (--check-links)\n"), cli.out);
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
    void check_links_asks_each_url_once_and_scores_the_accessibility_points() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        List<String> requests = new CopyOnWriteArrayList<>();
        answer(server, requests, "/data.csv", 200, null);
        answer(server, requests, "/moved.csv", 301, "/target.csv");
        answer(server, requests, "/target.csv", 200, null);
        answer(server, requests, "/gone.csv", 404, null);
        server.start();
        String allowed = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        String refused = "http://localhost:" + server.getAddress().getPort() + "/";
        Path records = dir.resolve("check-links.ttl");
        Files.writeString(records, Files.readString(Path.of(Cli.fixture("check-links.ttl")))
                .replace("http://allowed.invalid/", allowed).replace("http://refused.invalid/", refused));
        try {
            Cli cli = Cli.run("check", "--check-links", "--link-delay", "0", "--allow-host", "127.0.0.1", "--format", "json",
                    records.toString());
            assertEquals(0, cli.exitCode, cli.toString());
            assertEquals(List.of("HEAD /data.csv", "HEAD /gone.csv", "HEAD /moved.csv", "HEAD /target.csv"), requests,
                    "each URL once, though two distributions share data.csv; localhost is not allowed, so never asked");
            JsonObject json = JSON.parse(cli.out);
            assertTrue(json.get("linksChecked").getAsBoolean().value());
            JsonObject links = json.get("links").getAsObject();
            assertEquals(4, links.keys().size(), links.toString());
            assertEquals(200, links.get(allowed + "data.csv").getAsNumber().value().intValue());
            assertEquals(404, links.get(allowed + "gone.csv").getAsNumber().value().intValue());
            assertEquals(200, links.get(allowed + "moved.csv").getAsNumber().value().intValue());
            assertEquals(0, links.get(refused + "data.csv").getAsNumber().value().intValue());
            JsonArray records2 = json.get("records").getAsArray();
            List<String> figures = records2.stream().map(r -> {
                JsonObject o = r.getAsObject();
                JsonObject score = o.get("score").getAsObject();
                return o.get("dataset").getAsString().value().replace("https://data.slimcat.be/id/dataset/", "") + " "
                        + score.get("total").getAsNumber().value() + " accessibility "
                        + score.get("dimensions").getAsObject().get("accessibility").getAsNumber().value()
                        + " not assessed " + score.get("notAssessed").getAsNumber().value() + ", stars "
                        + o.get("stars").getAsNumber().value();
            }).toList();
            assertEquals(List.of("check-links-gone 375 accessibility 70 not assessed 0, stars 3",
                    "check-links-ok 405 accessibility 100 not assessed 0, stars 3",
                    "check-links-refused 305 accessibility 0 not assessed 0, stars 0"), figures);
            assertEquals(361.7, json.get("meanScore").getAsNumber().value().doubleValue());
            assertEquals("excellent", json.get("band").getAsString().value());

            requests.clear();
            Cli text = Cli.run("check", "--check-links", "--link-delay", "0", "--allow-host", "127.0.0.1", records.toString());
            assertEquals(0, text.exitCode, text.toString());
            assertTrue(text.out.contains("\n  stars      0 of 5 stars; no 1st star: no URL of the distribution answers with 2xx ("
                    + refused + "data.csv: no answer)\n"), text.out);
            assertTrue(text.out.contains("\n  links      4 URLs checked, 2 answer 2xx\n             HTTP 404 " + allowed
                    + "gone.csv\n             no answer " + refused + "data.csv\n"), text.out);
            assertFalse(text.out.contains("not assessed"), text.out);

            Cli html = Cli.run("check", "--check-links", "--link-delay", "0", "--allow-host", "127.0.0.1", "--format", "html",
                    records.toString());
            assertEquals(0, html.exitCode, html.toString());
            assertTrue(html.out.contains("<dt>Links</dt><dd>4 URLs checked, 2 answer 2xx</dd>\n"), html.out);
            assertTrue(html.out.contains("<dt>MQA score</dt><dd>405 of 405 (excellent)</dd>\n"), html.out);
            assertTrue(html.out.contains("<tr><th scope=\"row\">accessibility</th><td class=\"n\">70</td>"), html.out);
            assertFalse(html.out.contains("Not assessed"), html.out);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void link_options_that_do_not_fit_are_usage_errors() {
        String file = Cli.fixture("check-good.ttl");
        Cli hostWithoutLinks = Cli.run("check", "--allow-host", "127.0.0.1", file);
        assertEquals(2, hostWithoutLinks.exitCode, hostWithoutLinks.toString());
        assertEquals("slimcat: --allow-host goes with a feed URL or --check-links, not with a file alone\n", hostWithoutLinks.err);
        Cli delayWithoutLinks = Cli.run("check", "--link-delay", "10", file);
        assertEquals(2, delayWithoutLinks.exitCode, delayWithoutLinks.toString());
        assertEquals("slimcat: --link-delay goes with --check-links\n", delayWithoutLinks.err);
        Cli maxAge = Cli.run("check", "--check-links", "--link-max-age", "3", file);
        assertEquals(2, maxAge.exitCode, maxAge.toString());
        assertEquals("slimcat: --link-max-age goes with a store: slimcat check keeps link checks for its run only\n", maxAge.err);
    }

    private static void answer(HttpServer server, List<String> requests, String path, int status, String location) {
        server.createContext(path, ex -> {
            requests.add(ex.getRequestMethod() + " " + ex.getRequestURI().getPath());
            if (location != null) {
                ex.getResponseHeaders().set("Location", location);
            }
            ex.sendResponseHeaders(status, -1);
            ex.close();
        });
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
