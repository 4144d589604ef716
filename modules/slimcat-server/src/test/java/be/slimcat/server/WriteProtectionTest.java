// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes need the admin's credentials: every way to write (SPARQL Update, Graph Store PUT/POST/DELETE on
 * /store and /data, by GET or POST) without them, or with a wrong password, is refused and changes nothing;
 * and no password reaches the log (captured at INFO for every logger) or the /health answer.
 */
class WriteProtectionTest {
    private static final String PASSWORD = "correct-horse-battery-staple-42";
    private static final String WRONG = "wrong-password-tried-by-attacker";
    private static final String INSERT = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/x> <http://example.org/p> 1 } }";

    @TempDir Path dir;
    private LiveServer server;
    private final StringWriter log = new StringWriter();
    private WriterAppender appender;
    private Level rootLevel;

    @BeforeEach
    void start() {
        Logger root = (Logger) LogManager.getRootLogger();
        rootLevel = root.getLevel();
        appender = WriterAppender.newBuilder().setName("capture").setTarget(log)
                .setLayout(PatternLayout.newBuilder().withPattern("%level %logger %msg %ex%n").build()).build();
        appender.start();
        root.addAppender(appender);
        Configurator.setRootLevel(Level.INFO);
        server = LiveServer.start(dir, "https://data.slimcat.be/graph/cycle", LiveServer.cycle(10),
                b -> b.adminPassword(PASSWORD).rateLimit(null));
    }

    @AfterEach
    void stop() {
        server.close();
        Logger root = (Logger) LogManager.getRootLogger();
        root.removeAppender(appender);
        Configurator.setRootLevel(rootLevel);
        appender.stop();
    }

    private HttpResponse<String> write(String method, String path, String contentType, String body, String authorization)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return server.send(request);
    }

    @Test
    void every_write_without_the_right_credentials_is_refused_and_changes_nothing() throws Exception {
        long before = server.triples();
        String turtle = "<http://example.org/a> <http://example.org/b> 1 .";
        for (String authorization : new String[] {null, LiveServer.basic("admin", WRONG), LiveServer.basic("root", PASSWORD)}) {
            assertEquals(401, write("POST", "/update", "application/sparql-update", INSERT, authorization).statusCode());
            assertEquals(401, write("GET", "/update?update=" + java.net.URLEncoder.encode(INSERT, StandardCharsets.UTF_8),
                    null, null, authorization).statusCode());
            assertEquals(401, write("PUT", "/store?default", "text/turtle", turtle, authorization).statusCode());
            assertEquals(401, write("POST", "/store?graph=http://example.org/g", "text/turtle", turtle, authorization).statusCode());
            assertEquals(401, write("DELETE", "/store?graph=https://data.slimcat.be/graph/cycle", null, null, authorization).statusCode());
        }
        for (String method : List.of("PUT", "POST", "DELETE")) {
            HttpResponse<String> response = write(method, "/data?default", "text/turtle", turtle, LiveServer.basic("admin", PASSWORD));
            assertEquals(405, response.statusCode(), method + " /data: " + response.body());
        }
        HttpResponse<String> viaGet = write("GET", "/update?update=" + java.net.URLEncoder.encode(INSERT, StandardCharsets.UTF_8),
                null, null, LiveServer.basic("admin", PASSWORD));
        assertEquals(405, viaGet.statusCode(), "an update by GET is refused even with credentials");
        HttpResponse<String> viaQuery = server.postQuery(INSERT);
        assertEquals(400, viaQuery.statusCode(), "the query endpoint does not run updates");
        assertEquals(before, server.triples());

        HttpResponse<String> accepted = write("POST", "/update", "application/sparql-update", INSERT, LiveServer.basic("admin", PASSWORD));
        assertEquals(204, accepted.statusCode(), accepted.body());
        assertEquals(before + 1, server.triples());
    }

    @Test
    void passwords_never_reach_the_log_or_the_health_answer() throws Exception {
        write("POST", "/update", "application/sparql-update", INSERT, LiveServer.basic("admin", WRONG));
        write("POST", "/update", "application/sparql-update", INSERT, LiveServer.basic("admin", PASSWORD));
        write("PUT", "/store?graph=http://example.org/h", "text/turtle", "<http://example.org/a> <http://example.org/b> 1 .", LiveServer.basic("admin", PASSWORD));
        HttpResponse<String> health = server.get("/health", "application/json");
        assertEquals(200, health.statusCode());
        String captured = log.toString();
        assertTrue(captured.contains("/update"), "the requests were logged at INFO:\n" + captured);
        for (String secret : List.of(PASSWORD, WRONG, base64("admin:" + PASSWORD), base64("admin:" + WRONG))) {
            assertFalse(captured.contains(secret), "the log holds " + secret);
            assertFalse(health.body().contains(secret), "/health holds " + secret);
        }
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
