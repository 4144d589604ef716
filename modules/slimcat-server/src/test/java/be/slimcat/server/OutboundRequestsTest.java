// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.slimcat.server.guard.ServiceAllowList;

/**
 * No server-side request forgery: SERVICE only to allowed hosts, no scripting functions, and no reading of
 * files or other servers through FROM, FROM NAMED or LOAD. Local HTTP servers record every request they get.
 */
class OutboundRequestsTest {
    private static final String PASSWORD = "a-long-admin-password-for-tests";
    private static final String GRAPH = "https://data.slimcat.be/graph/local";
    private static final String DATA = "<http://example.org/a> <http://example.org/p> 'local' .\n";

    @TempDir Path dir;
    private RecordingHttpServer allowed;
    private RecordingHttpServer internal;
    private LiveServer server;

    @BeforeEach
    void remotes() throws Exception {
        allowed = new RecordingHttpServer();
        internal = new RecordingHttpServer();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        allowed.close();
        internal.close();
    }

    private void start(ServiceAllowList services) {
        server = LiveServer.start(dir.resolve("store"), GRAPH, DATA,
                b -> b.serviceAllowList(services).adminPassword(PASSWORD).rateLimit(null));
    }

    @Test
    void service_is_off_by_default_and_contacts_nothing() throws Exception {
        start(ServiceAllowList.none());
        HttpResponse<String> response = server.query("SELECT * { SERVICE <" + internal.url("/sparql") + "> { ?x ?p ?o } }");
        assertEquals(422, response.statusCode(), response.body());
        assertTrue(response.body().contains("federated SERVICE is off on this server"), response.body());
        assertEquals(List.of(), internal.requests());
    }

    @Test
    void service_to_a_host_outside_the_allow_list_is_refused_and_never_contacted() throws Exception {
        start(ServiceAllowList.of(List.of(allowed.authority())));
        HttpResponse<String> response = server.query("SELECT * { SERVICE <" + internal.url("/sparql") + "> { ?x ?p ?o } }");
        assertEquals(422, response.statusCode(), response.body());
        assertTrue(response.body().contains("not in the allow-list [" + allowed.authority() + "]"), response.body());
        HttpResponse<String> silent = server.query("SELECT * { SERVICE SILENT <" + internal.url("/x") + "> { ?x ?p ?o } }");
        assertFalse(silent.statusCode() == 200 && silent.body().contains("remote"), silent.body());
        HttpResponse<String> bound = server.query("SELECT * { BIND(<" + internal.url("/y") + "> AS ?s) SERVICE ?s { ?x ?p ?o } }");
        assertEquals(422, bound.statusCode(), bound.body());
        assertEquals(List.of(), internal.requests());
    }

    @Test
    void service_to_an_allowed_host_works() throws Exception {
        start(ServiceAllowList.of(List.of(allowed.authority())));
        HttpResponse<String> response = server.query("SELECT ?x { SERVICE <" + allowed.url("/sparql") + "> { ?x ?p ?o } }");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("remote", LiveServer.value(response, "x"));
        assertEquals(1, allowed.requests().size(), allowed.requests().toString());
        assertTrue(allowed.requests().get(0).startsWith("GET /sparql?query="), allowed.requests().toString());
    }

    @Test
    void scripting_functions_are_off() throws Exception {
        start(ServiceAllowList.none());
        HttpResponse<String> response = server.query(
                "PREFIX js: <http://jena.apache.org/ARQ/jsFunction#> SELECT ?v { BIND(js:toUpperCase('a') AS ?v) }");
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("Scripting not enabled"), response.body());
        assertEquals(null, System.getProperty("jena:scripting"));
    }

    @Test
    void from_and_from_named_read_only_the_store() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.ttl"), "<http://example.org/s> <http://example.org/p> 'secret' .\n");
        start(ServiceAllowList.none());
        for (String iri : List.of(secret.toUri().toString(), internal.url("/data.ttl"))) {
            HttpResponse<String> from = server.query("SELECT ?o FROM <" + iri + "> { ?s ?p ?o }");
            assertEquals(200, from.statusCode(), from.body());
            assertEquals(0, LiveServer.rows(from), from.body());
            HttpResponse<String> named = server.query("SELECT ?o FROM NAMED <" + iri + "> { GRAPH ?g { ?s ?p ?o } }");
            assertEquals(200, named.statusCode(), named.body());
            assertEquals(0, LiveServer.rows(named), named.body());
            HttpResponse<String> protocol = server.get("/sparql?query=SELECT%20%3Fo%20%7B%3Fs%20%3Fp%20%3Fo%7D&default-graph-uri="
                    + java.net.URLEncoder.encode(iri, java.nio.charset.StandardCharsets.UTF_8), "application/sparql-results+json");
            assertEquals(200, protocol.statusCode(), protocol.body());
            assertEquals(0, LiveServer.rows(protocol), protocol.body());
        }
        HttpResponse<String> own = server.query("SELECT ?o FROM <" + GRAPH + "> { ?s ?p ?o }");
        assertEquals("local", LiveServer.value(own, "o"));
        assertEquals(List.of(), internal.requests());
    }

    @Test
    void load_is_refused_even_for_the_admin() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.ttl"), "<http://example.org/s> <http://example.org/p> 'secret' .\n");
        start(ServiceAllowList.none());
        long before = server.triples();
        for (String iri : List.of(secret.toUri().toString(), internal.url("/data.ttl"))) {
            for (String update : List.of("LOAD <" + iri + ">", "LOAD SILENT <" + iri + "> INTO GRAPH <urn:x>",
                    "INSERT DATA { <urn:a> <urn:b> 1 } ; LOAD <" + iri + ">")) {
                HttpResponse<String> response = server.send(HttpRequest.newBuilder(URI.create(server.url("/update")))
                        .header("Content-Type", "application/sparql-update")
                        .header("Authorization", LiveServer.basic(CatalogueServer.ADMIN_USER, PASSWORD))
                        .POST(HttpRequest.BodyPublishers.ofString(update)));
                assertEquals(400, response.statusCode(), response.body());
                assertTrue(response.body().contains("LOAD is not available on this server"), response.body());
            }
        }
        assertEquals(before, server.triples());
        assertEquals(List.of(), internal.requests());
    }
}
