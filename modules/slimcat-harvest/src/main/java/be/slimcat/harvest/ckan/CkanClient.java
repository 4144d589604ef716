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
 * Incremental runs: when the source is incremental and the last good run is known, only packages
 * with {@code metadata_modified:[<start of that run> TO *]} are asked for. Such a run brings the
 * changed packages only, and {@code package_search} never lists deleted ones: its result must be
 * merged into the source's graph, not replace it, and deletions are only seen by a full run.
 */
public final class CkanClient implements PortalClient {
    private static final Logger LOG = LoggerFactory.getLogger("slimcat.harvest");

    private final CkanPackageMapper mapper;
    private final LastGoodRun lastGoodRun;

    /** A client that always harvests everything. */
    public CkanClient(CkanPackageMapper mapper) {
        this(mapper, LastGoodRun.none());
    }

    /** A client that harvests incremental sources from the start of their last good run. */
    public CkanClient(CkanPackageMapper mapper, LastGoodRun lastGoodRun) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.lastGoodRun = Objects.requireNonNull(lastGoodRun, "lastGoodRun");
    }

    @Override
    public String dialect() {
        return "ckan";
    }

    @Override
    public void harvest(HarvestSource source, SafeFetcher fetcher, RecordSink sink) {
        Optional<String> action = CkanQuery.actionOf(source.endpoint());
        if (action.isPresent() && !action.get().equals(CkanQuery.PACKAGE_SEARCH)) {
            sink.pageLost(source.endpoint(), "the endpoint names the action " + action.get()
                    + "; the ckan dialect reads package_search (give the portal's base URL or its package_search URL)");
            return;
        }
        Optional<Instant> since = source.incremental() ? lastGoodRun.startOf(source) : Optional.empty();
        since.ifPresent(s -> LOG.info("{}: asking only for packages modified since {}", source.id(), s));
        CkanQuery query = CkanQuery.packageSearch(source.endpoint(), source.pageSize(), since);
        OffsetPaging.harvest(source, fetcher, sink, query, mapper);
    }
}
