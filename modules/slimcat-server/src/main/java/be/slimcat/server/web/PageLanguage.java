// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The language of a page: Dutch first, English too. Chosen by the {@code lang} parameter (the switch
 * on every page, remembered in a cookie), else by that cookie, else by {@code Accept-Language}.
 */
public final class PageLanguage {
    /** Dutch, the default. */
    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    /** English. */
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** The languages pages are written in, the default first. */
    public static final List<Locale> SUPPORTED = List.of(DUTCH, ENGLISH);

    /** The URL parameter that switches the language. */
    public static final String PARAMETER = "lang";
    static final String COOKIE = "slimcat-lang";

    private PageLanguage() {}

    /** The language for the request; a {@code lang} parameter is remembered in a cookie on the response. */
    public static Locale choose(HttpServletRequest request, HttpServletResponse response) {
        Optional<Locale> asked = supported(request.getParameter(PARAMETER));
        if (asked.isPresent()) {
            Cookie cookie = new Cookie(COOKIE, asked.get().getLanguage());
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
            return asked.get();
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    Optional<Locale> remembered = supported(cookie.getValue());
                    if (remembered.isPresent()) {
                        return remembered.get();
                    }
                }
            }
        }
        String header = request.getHeader("Accept-Language");
        if (header != null && !header.isBlank()) {
            try {
                Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
                if (best != null) {
                    return best;
                }
            } catch (IllegalArgumentException e) {
                return DUTCH;
            }
        }
        return DUTCH;
    }

    private static Optional<Locale> supported(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equalsIgnoreCase(tag.trim())).findFirst();
    }
}
