// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.ld;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import be.slimcat.server.web.HtmlPage;
import be.slimcat.server.web.PageLanguage;

/** The HTML variant of a description: the {@code entity} template over its {@link EntityView}. */
final class EntityPage {
    private final HtmlPage page;
    private final EntityViews views;

    EntityPage(HtmlPage page, EntityViews views) {
        this.page = page;
        this.views = views;
    }

    /** Renders the page in the request's language. */
    void send(HttpServletRequest request, HttpServletResponse response, Description description) throws IOException {
        // HtmlPage chooses the language again and sets the cookie of a ?lang= switch; this choice must not set it twice.
        String language = PageLanguage.choose(request, new HttpServletResponseWrapper(response) {
            @Override
            public void addCookie(Cookie cookie) {
                // HtmlPage sets it
            }
        }).getLanguage();
        EntityView view = views.of(description, language, request.getRequestURI());
        RdfResponse.headers(request, response, RdfVariant.HTML);
        page.send(request, response, "entity", Map.of("entity", view));
    }
}
