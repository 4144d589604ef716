// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

import java.time.Instant;

import be.slimcat.harvest.http.SafeFetcher;

/**
 * The transport half of a portal dialect: fetches the pages of a source and hands each to the
 * dialect's pure mapper. One implementation per dialect.
 */
public interface PortalClient {
    /** The dialect name used in source descriptions ({@code dcat}, {@code ckan}, …). */
    String dialect();

    /**
     * Harvests every page of the source into the sink.
     *
     * @throws be.slimcat.harvest.http.FetchException when the source cannot be read at all (its first page)
     */
    void harvest(HarvestSource source, SafeFetcher fetcher, RecordSink sink);

    /** True when the portal can be asked for only the records changed since an instant. */
    default boolean harvestsIncrementally() {
        return false;
    }

    /**
     * Harvests only the records changed at or after {@code since} (called only when
     * {@link #harvestsIncrementally()}). Such a run cannot see deletions.
     *
     * @throws be.slimcat.harvest.http.FetchException when the source cannot be read at all
     */
    default void harvestChangedSince(HarvestSource source, Instant since, SafeFetcher fetcher, RecordSink sink) {
        throw new UnsupportedOperationException("the " + dialect() + " dialect cannot harvest incrementally");
    }
}
