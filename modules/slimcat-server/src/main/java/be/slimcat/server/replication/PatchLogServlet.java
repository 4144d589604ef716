// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.replication;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

import be.slimcat.store.patch.PatchEntry;
import be.slimcat.store.patch.PatchLog;

/**
 * The primary's patch log, read only: {@code GET /patches} answers {@code {"latest": n, "id": "..."}}
 * (n is 0 while the log is empty); {@code GET /patches/n} answers patch n as text RDF Patch, or 404.
 * A published patch never changes, so it may be cached for good.
 */
public final class PatchLogServlet extends HttpServlet {
    /** The media type of text RDF Patch. */
    public static final String RDF_PATCH = "application/rdf-patch";
    private static final Pattern SEQUENCE = Pattern.compile("/[1-9]\\d{0,17}");

    private final transient PatchLog log;

    public PatchLogServlet(PatchLog log) {
        this.log = log;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.equals("/")) {
            latest(response);
        } else if (SEQUENCE.matcher(path).matches()) {
            patch(Long.parseLong(path.substring(1)), response);
        } else {
            notFound(response, "No such patch: " + path.substring(1) + " (patches are numbered 1, 2, ...)");
        }
    }

    private void latest(HttpServletResponse response) throws IOException {
        Optional<PatchEntry> latest = log.latest();
        JsonObject body = new JsonObject();
        body.put("latest", latest.map(PatchEntry::sequence).orElse(0L));
        latest.ifPresent(e -> body.put("id", e.id()));
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(JSON.toString(body).getBytes(StandardCharsets.UTF_8));
    }

    private void patch(long sequence, HttpServletResponse response) throws IOException {
        Optional<Path> file = log.file(sequence);
        if (file.isEmpty()) {
            notFound(response, "No patch " + sequence + " in this log (latest: "
                    + log.latest().map(PatchEntry::sequence).orElse(0L) + ")");
            return;
        }
        response.setContentType(RDF_PATCH);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLengthLong(Files.size(file.get()));
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        Files.copy(file.get(), response.getOutputStream());
    }

    private static void notFound(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
