// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.ld;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response for choosing the page language before the page is written: it drops the cookie of a
 * {@code ?lang=} switch, which {@code HtmlPage} sets itself, so that the answer carries it once.
 */
final class LanguageOnly extends HttpServletResponseWrapper {
    LanguageOnly(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void addCookie(Cookie cookie) {
        // HtmlPage sets it when it writes the page
    }
}
