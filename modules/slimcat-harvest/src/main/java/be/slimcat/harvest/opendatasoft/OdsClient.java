// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.opendatasoft;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.slimcat.harvest.HarvestSource;
import be.slimcat.harvest.PortalClient;
import be.slimcat.harvest.RecordProblem;
import be.slimcat.harvest.RecordSink;
import be.slimcat.harvest.http.FetchException;
import be.slimcat.harvest.http.FetchedResponse;
import be.slimcat.harvest.http.SafeFetcher;
import be.slimcat.harvest.mapping.UnreadablePageException;

/**
 * Harvests an OpenDataSoft portal through its Explore API v2.1 dataset search
 * ({@code {portal}/api/explore/v2.1/catalog/datasets}), paged with {@code limit} (the source's page size,
 * at most 100) and {@code offset} until {@code total_count} is reached or a page comes back empty.
 * <p>
 * The endpoint is the portal's base URL ({@code https://data.stad.gent}) or any URL of its API; a
 * query on the endpoint (e.g. {@code refine=publisher:Stad Gent}) is kept. The search API serves no
 * more than the first 10,000 datasets: past that the run is reported incomplete (the portal's DCAT
 * export, read by the {@code dcat} dialect, has no such limit). An API key from the source's
 * credentials is sent as {@code Authorization: Apikey …}.
 */
public final class OdsClient implements PortalClient {
    private static final Logger LOG = LoggerFactory.getLogger("slimcat.harvest");
    /** The most datasets per page the API serves. */
    static final int MAX_LIMIT = 100;
    /** offset + limit may not exceed this in the search API. */
    static final long MAX_WINDOW = 10_000;

    private final OdsDatasetMapper mapper;

    public OdsClient(OdsDatasetMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public String dialect() {
        return "opendatasoft";
    }

    @Override
    public void harvest(HarvestSource source, SafeFetcher fetcher, RecordSink sink) {
        URI portal = portal(source.endpoint());
        String query = keptQuery(source.endpoint());
        Map<String, String> headers = new HashMap<>(Map.of("Accept", "application/json"));
        source.credentials().ifPresent(key -> headers.put("Authorization", "Apikey " + key));
        int pageSize = Math.min(source.pageSize(), MAX_LIMIT);
        long offset = 0;
        boolean first = true;
        while (true) {
            long limit = Math.min(pageSize, MAX_WINDOW - offset);
            URI page = pageUri(portal, query, offset, Math.max(limit, 1));
            if (limit <= 0) {
                sink.pageLost(page, "the ODS search API serves no more than " + MAX_WINDOW
                        + " datasets; harvest this portal from its DCAT export to get them all");
                return;
            }
            FetchedResponse response;
            try {
                response = fetcher.get(page, headers);
            } catch (FetchException e) {
                if (first) {
                    throw e;
                }
                sink.pageLost(page, e.getMessage());
                return;
            }
            first = false;
            OdsDatasetMapper.MappedPage mapped;
            try {
                mapped = mapper.map(source.id(), page, portal, response.text());
            } catch (UnreadablePageException e) {
                sink.problem(new RecordProblem(source.id(), page, "", RecordProblem.excerpt(response.text()),
                        "page is not a readable ODS catalogue page: " + e.getMessage(), true));
                sink.pageLost(page, "unreadable page");
                return;
            }
            mapped.problems().forEach(sink::problem);
            mapped.records().forEach(sink::record);
            sink.pageRead(page);
            LOG.info("{}: page {} gave {} records", source.id(), page, mapped.records().size());
            offset += mapped.results();
            boolean done = mapped.results() == 0
                    || (mapped.totalCount() >= 0 ? offset >= mapped.totalCount() : mapped.results() < limit);
            if (done) {
                return;
            }
        }
    }

    /** The portal's base URL: the endpoint up to {@code /api/}, without query and trailing slash. */
    static URI portal(URI endpoint) {
        String path = endpoint.getRawPath() == null ? "" : endpoint.getRawPath();
        int api = (path + "/").indexOf("/api/");
        String base = api >= 0 ? path.substring(0, Math.min(api, path.length())) : path;
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(endpoint.getScheme() + "://" + endpoint.getRawAuthority() + base);
    }

    /** The endpoint's query without its paging parameters, or "". */
    static String keptQuery(URI endpoint) {
        String query = endpoint.getRawQuery();
        if (query == null || query.isEmpty()) {
            return "";
        }
        StringJoiner kept = new StringJoiner("&");
        for (String part : query.split("&")) {
            String name = part.split("=", 2)[0];
            if (!part.isEmpty() && !name.equals("limit") && !name.equals("offset")) {
                kept.add(part);
            }
        }
        return kept.toString();
    }

    static URI pageUri(URI portal, String query, long offset, long limit) {
        String paging = "limit=" + limit + "&offset=" + offset;
        return URI.create(portal + OdsDatasetMapper.DATASETS_PATH + "?" + (query.isEmpty() ? "" : query + "&") + paging);
    }
}
