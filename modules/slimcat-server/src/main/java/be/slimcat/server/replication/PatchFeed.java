// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.replication;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;

import be.slimcat.store.patch.PatchChainException;

/** Reads a primary's patch log over HTTP ({@link PatchLogServlet}). */
final class PatchFeed {
    private final URI patches;
    private final HttpClient http;
    private final Duration timeout;

    /** @param primary the primary's base address, such as {@code http://primary:3030/} */
    PatchFeed(URI primary, Duration timeout) {
        String base = primary.toString();
        this.patches = URI.create(base.endsWith("/") ? base + "patches" : base + "/patches");
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.timeout = timeout;
    }

    /** The address of the log. */
    URI address() {
        return patches;
    }

    /** The address of patch {@code sequence}. */
    URI address(long sequence) {
        return URI.create(patches + "/" + sequence);
    }

    /** The sequence of the primary's latest patch (0 when its log is empty). */
    long latest() throws IOException {
        HttpResponse<byte[]> response = get(patches);
        if (response.statusCode() == 404) {
            throw new PatchChainException(patches + " answers 404: the primary has no patch log"
                    + " (start it with slimcat serve --patch-log)");
        }
        requireOk(response, patches);
        try {
            JsonObject body = JSON.parse(new String(response.body(), StandardCharsets.UTF_8));
            return body.get("latest").getAsNumber().value().longValue();
        } catch (JsonParseException | NullPointerException | ClassCastException e) {
            throw new IOException(patches + " did not answer a patch log listing: " + e.getMessage(), e);
        }
    }

    /** The text of patch {@code sequence}, whole. */
    byte[] patch(long sequence, long latest) throws IOException {
        URI address = address(sequence);
        HttpResponse<byte[]> response = get(address);
        if (response.statusCode() == 404) {
            throw new PatchChainException("Patch " + sequence + " is missing from " + address + " although the primary's"
                    + " latest is " + latest + ": its patch log has a gap; restore the patch there, or rebuild the replica"
                    + " from an empty store directory after starting a new log");
        }
        requireOk(response, address);
        return response.body();
    }

    private HttpResponse<byte[]> get(URI address) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(address).timeout(timeout).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while reading " + address, e);
        }
    }

    private static void requireOk(HttpResponse<byte[]> response, URI address) throws IOException {
        if (response.statusCode() != 200) {
            throw new IOException(address + " answered HTTP " + response.statusCode());
        }
    }
}
