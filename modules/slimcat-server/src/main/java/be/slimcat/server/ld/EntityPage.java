// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.ld;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
        String language = PageLanguage.choose(request, new LanguageOnly(response)).getLanguage();
        EntityView view = views.of(description, language, request.getRequestURI());
        page.send(request, response, "entity", Map.of("entity", view));
    }
}
