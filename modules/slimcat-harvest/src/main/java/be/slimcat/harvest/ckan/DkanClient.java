// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.ckan;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.slimcat.harvest.HarvestSource;
import be.slimcat.harvest.PortalClient;
import be.slimcat.harvest.RecordSink;
import be.slimcat.harvest.http.SafeFetcher;

/**
 * Harvests a DKAN portal through its CKAN-compatible Action API. DKAN answers with {@code result}
 * as an array of packages and no count (see {@link CkanEnvelope}); its packages are CKAN packages
 * and are mapped by the same {@link CkanPackageMapper}.
 * <p>
 * The endpoint is the portal's base URL (then {@code /api/3/action/package_search} is read with
 * {@code rows}/{@code start}), its {@code package_search} URL, or its
 * {@code current_package_list_with_resources} URL (read with {@code limit}/{@code offset}).
 * Without a count, paging ends at an empty page (or see {@link OffsetPaging} for the other
 * stops). DKAN has no filter on modification time, so every run is a full one, incremental or not;
 * no sort is asked for, as DKAN does not take CKAN's sort parameter.
 */
public final class DkanClient implements PortalClient {
    private static final Logger LOG = LoggerFactory.getLogger("slimcat.harvest");
    /** DKAN's list action that pages with limit and offset. */
    public static final String PACKAGE_LIST = "current_package_list_with_resources";

    private final CkanPackageMapper mapper;

    /** A client that maps DKAN's packages with the CKAN mapper. */
    public DkanClient(CkanPackageMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    @Override
    public String dialect() {
        return "dkan";
    }

    @Override
    public void harvest(HarvestSource source, SafeFetcher fetcher, RecordSink sink) {
        if (source.incremental()) {
            LOG.info("{}: DKAN cannot filter on modification time; harvesting everything", source.id());
        }
        Optional<String> action = CkanQuery.actionOf(source.endpoint());
        CkanQuery query;
        if (action.isEmpty() || action.get().equals(CkanQuery.PACKAGE_SEARCH)) {
            URI url = CkanQuery.actionUrl(source.endpoint(), CkanQuery.PACKAGE_SEARCH);
            query = new CkanQuery(url, "rows", "start", Optional.empty(), source.pageSize(), Optional.empty());
        } else if (action.get().equals(PACKAGE_LIST)) {
            query = new CkanQuery(source.endpoint(), "limit", "offset", Optional.empty(), source.pageSize(), Optional.empty());
        } else {
            sink.pageLost(source.endpoint(), "the endpoint names the action " + action.get() + "; the dkan dialect reads "
                    + CkanQuery.PACKAGE_SEARCH + " or " + PACKAGE_LIST);
            return;
        }
        OffsetPaging.harvest(source, fetcher, sink, query, mapper);
    }
}
