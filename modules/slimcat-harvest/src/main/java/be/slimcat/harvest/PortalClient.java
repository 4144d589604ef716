// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

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
}
