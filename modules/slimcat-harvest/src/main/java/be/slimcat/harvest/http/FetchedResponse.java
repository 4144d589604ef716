// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.http;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A complete response body within the policy's limits.
 *
 * @param requested   the URL asked for
 * @param uri         the URL that answered, after redirects
 * @param status      the HTTP status
 * @param contentType the media type without parameters, lower case, or "" when absent
 * @param charset     the charset parameter, or UTF-8
 * @param body        the (decompressed) body
 */
public record FetchedResponse(URI requested, URI uri, int status, String contentType, Charset charset, byte[] body) {

    /** The body as text in its charset. */
    public String text() {
        return new String(body, charset);
    }

    static String mediaType(Optional<String> header) {
        return header.map(h -> h.split(";", 2)[0].trim().toLowerCase(Locale.ROOT)).orElse("");
    }

    static Charset charset(Optional<String> header) {
        if (header.isEmpty()) {
            return StandardCharsets.UTF_8;
        }
        for (String part : header.get().split(";")) {
            String p = part.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                try {
                    return Charset.forName(p.substring(8).replace("\"", "").trim());
                } catch (IllegalArgumentException e) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }
}
