// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/** The harvester's SPARQL queries, kept as {@code .rq} resources in {@code be/slimcat/harvest/queries/}. */
public final class HarvestQueries {
    private HarvestQueries() {}

    /** Parses the named query resource ({@code record-hashes.rq}, …). */
    public static Query load(String name) {
        try (InputStream in = HarvestQueries.class.getResourceAsStream("queries/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing query resource " + name);
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read query resource " + name, e);
        }
    }
}
