// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes one server-rendered page (rendered whole before the first byte is sent, so a failing page is a
 * clean 500): the template in the chosen language with the layout's model (the
 * path and query for the language switch), security headers, and {@code Vary} on what chose the language.
 */
public final class HtmlPage {
    /** Scripts and styles only from SlimCat's own files: no inline script or style (charts are SVG attributes). */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    private final Templates templates;
    private final String contentSecurityPolicy;

    public HtmlPage(Templates templates) {
        this(templates, CONTENT_SECURITY_POLICY);
    }

    private HtmlPage(Templates templates, String contentSecurityPolicy) {
        this.templates = templates;
        this.contentSecurityPolicy = contentSecurityPolicy;
    }

    /** The same page writer sending another Content-Security-Policy (for a page that needs a different one). */
    public HtmlPage withContentSecurityPolicy(String policy) {
        return new HtmlPage(templates, policy);
    }

    /** Renders the template with status 200. */
    public void send(HttpServletRequest request, HttpServletResponse response, String template, Map<String, Object> model)
            throws IOException {
        send(request, response, HttpServletResponse.SC_OK, template, model);
    }

    /** Renders the template with the status. */
    public void send(HttpServletRequest request, HttpServletResponse response, int status, String template,
            Map<String, Object> model) throws IOException {
        Locale locale = PageLanguage.choose(request, response);
        StringWriter html = new StringWriter();
        Map<String, Object> full = new HashMap<>(model);
        full.put("lang", locale.getLanguage());
        full.put("path", request.getRequestURI());
        full.put("switchTo", switchLinks(request));
        templates.render(template, full, locale, html);
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Language", locale.getLanguage());
        response.setHeader("Vary", "Accept, Accept-Language, Cookie");
        securityHeaders(response);
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        PrintWriter out = response.getWriter();
        out.write(html.toString());
        out.flush();
    }

    /** The headers every HTML page carries. */
    public static void securityHeaders(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
    }

    /** For each language, the current URL with {@code lang} set to it. */
    private static Map<String, String> switchLinks(HttpServletRequest request) {
        Map<String, String> links = new HashMap<>();
        for (Locale locale : PageLanguage.SUPPORTED) {
            links.put(locale.getLanguage(), QueryString.of(request).with(PageLanguage.PARAMETER, locale.getLanguage())
                    .toUrl(request.getRequestURI()));
        }
        return links;
    }
}
