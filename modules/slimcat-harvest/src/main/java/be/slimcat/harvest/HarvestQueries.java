// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;


import org.apache.jena.query.Query;

import be.slimcat.vocab.BundledQuery;

/** The harvester's SPARQL queries, kept as {@code .rq} resources in {@code be/slimcat/harvest/queries/}. */
public final class HarvestQueries {
    private HarvestQueries() {}

    /** Parses the named query resource ({@code record-hashes.rq}, …). */
    public static Query load(String name) {
        return BundledQuery.load(HarvestQueries.class, "queries/" + name);
    }
}
