// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.guard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import be.slimcat.server.web.HtmlPage;

/** Writes a short plain-text refusal (413, 429, 503...) with the security headers every page carries. */
final class Refusal {
    private Refusal() {
    }

    /** Sends the status and message; {@code retryAfterSeconds} above 0 becomes a {@code Retry-After} header. */
    static void send(HttpServletResponse response, int status, long retryAfterSeconds, String message) throws IOException {
        response.reset();
        response.setStatus(status);
        if (retryAfterSeconds > 0) {
            response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        }
        response.setHeader("Cache-Control", "no-store");
        HtmlPage.securityHeaders(response);
        response.setContentType("text/plain");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
