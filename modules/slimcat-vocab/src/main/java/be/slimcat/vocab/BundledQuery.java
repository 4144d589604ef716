// SPDX-License-Identifier: Apache-2.0
package be.slimcat.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * SPARQL kept as {@code .rq} / {@code .ru} resources next to the class that runs it, parsed once; the
 * values are bound by substitution when it runs, never spliced into the text.
 */
public final class BundledQuery {
    private BundledQuery() {}

    /** Parses the query resource {@code name}, relative to {@code owner}'s package. */
    public static Query load(Class<?> owner, String name) {
        return QueryFactory.create(text(owner, name));
    }

    /** Parses the update resource {@code name}, relative to {@code owner}'s package. */
    public static UpdateRequest update(Class<?> owner, String name) {
        return UpdateFactory.create(text(owner, name));
    }

    private static String text(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The SPARQL resource " + name + " of " + owner.getPackageName()
                        + " is not bundled (a broken build?)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the SPARQL resource " + name, e);
        }
    }
}
