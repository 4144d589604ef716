// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The 404 page: says what was asked for and where to look instead. */
public final class NotFound {
    private final HtmlPage page;

    public NotFound(HtmlPage page) {
        this.page = page;
    }

    /** Answers 404 with the page. */
    public void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
        page.send(request, response, HttpServletResponse.SC_NOT_FOUND, "not-found",
                Map.of("asked", request.getRequestURI()));
    }
}
