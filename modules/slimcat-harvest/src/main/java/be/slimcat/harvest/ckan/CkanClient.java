// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.ckan;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.slimcat.harvest.HarvestSource;
import be.slimcat.harvest.PortalClient;
import be.slimcat.harvest.RecordSink;
import be.slimcat.harvest.http.SafeFetcher;

/**
 * Harvests a CKAN portal through its Action API: {@code package_search}, {@code rows} =
 * the source's page size at a time, by {@code start} offset, sorted by {@code id asc} (see
 * {@link CkanQuery#SORT}). The endpoint is the portal's base URL or its
 * {@code /api/3/action/package_search} URL (whose own parameters, such as an {@code fq}, are kept).
 * The source's API key, when set, is sent as the {@code Authorization} header.
 * <p>
 * A page that cannot be fetched (after the fetcher's retries), is not JSON, or says
 * {@code "success": false} is reported as lost and the client goes on with the next offset (see
 * {@link OffsetPaging}); the run is then incomplete and the last good data is kept.
 * <p>
 * Incremental runs ({@link #harvestChangedSince}) ask only for packages with
 * {@code metadata_modified:[<since> TO *]}. Such a run brings the changed packages only, and
 * {@code package_search} never lists deleted ones: its result is merged into the source's graph,
 * and deletions are only seen by a full run.
 */
public final class CkanClient implements PortalClient {
    private static final Logger LOG = LoggerFactory.getLogger("slimcat.harvest");

    private final CkanPackageMapper mapper;

    public CkanClient(CkanPackageMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    @Override
    public String dialect() {
        return "ckan";
    }

    @Override
    public void harvest(HarvestSource source, SafeFetcher fetcher, RecordSink sink) {
        harvest(source, Optional.empty(), fetcher, sink);
    }

    @Override
    public boolean harvestsIncrementally() {
        return true;
    }

    @Override
    public void harvestChangedSince(HarvestSource source, Instant since, SafeFetcher fetcher, RecordSink sink) {
        LOG.info("{}: asking only for packages modified since {}", source.id(), since);
        harvest(source, Optional.of(since), fetcher, sink);
    }

    private void harvest(HarvestSource source, Optional<Instant> since, SafeFetcher fetcher, RecordSink sink) {
        Optional<String> action = CkanQuery.actionOf(source.endpoint());
        if (action.isPresent() && !action.get().equals(CkanQuery.PACKAGE_SEARCH)) {
            sink.pageLost(source.endpoint(), "the endpoint names the action " + action.get()
                    + "; the ckan dialect reads package_search (give the portal's base URL or its package_search URL)");
            return;
        }
        OffsetPaging.harvest(source, fetcher, sink, CkanQuery.packageSearch(source.endpoint(), source.pageSize(), since), mapper);
    }
}
