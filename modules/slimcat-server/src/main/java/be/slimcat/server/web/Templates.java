// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;

/**
 * The HTML templates ({@code be/slimcat/server/web/templates/*.peb}, Pebble syntax), escaped for HTML
 * by default, with the texts of {@code messages_nl.properties} and {@code messages_en.properties}
 * through {@code i18n("be/slimcat/server/web/messages", key)}.
 */
public final class Templates {
    private final PebbleEngine engine;

    private Templates(PebbleEngine engine) {
        this.engine = engine;
    }

    /** The templates that ship with SlimCat, linking IRIs as {@code links} says. */
    public static Templates bundled(LocalLinks links) {
        ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
        loader.setPrefix("be/slimcat/server/web/templates/");
        loader.setSuffix(".peb");
        return new Templates(new PebbleEngine.Builder()
                .loader(loader)
                .extension(new PageExtension(links))
                .strictVariables(true)
                .defaultLocale(PageLanguage.DUTCH)
                .build());
    }

    /** Renders the template with the model in the language of the locale. */
    public void render(String template, Map<String, Object> model, Locale locale, Writer out) {
        try {
            engine.getTemplate(template).evaluate(out, model, locale);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write page " + template, e);
        }
    }
}
