// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.socrata;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
 * Harvests a Socrata catalogue through the Discovery API ({@code /api/catalog/v1}), paged with
 * {@code limit} (the source's page size, at most {@value #MAX_LIMIT}) and {@code offset} until
 * {@code resultSetSize} is reached or a page comes back empty.
 * <p>
 * The endpoint is a Discovery API URL such as
 * {@code https://api.us.socrata.com/api/catalog/v1?domains=data.example.gov}, whose query is kept, or a
 * domain's base URL ({@code https://data.example.gov}), which becomes
 * {@code https://data.example.gov/api/catalog/v1?domains=data.example.gov}. Offset paging stops at
 * {@value #MAX_WINDOW} results; a catalogue larger than that is reported incomplete. An app token from
 * the source's credentials is sent as {@code X-App-Token}.
 */
public final class SocrataClient implements PortalClient {
    private static final Logger LOG = LoggerFactory.getLogger("slimcat.harvest");
    static final String CATALOG_PATH = "/api/catalog/v1";
    /** The most results asked per page. */
    static final int MAX_LIMIT = 1000;
    /** The most results read by offset paging. */
    static final long MAX_WINDOW = 10_000;

    private final SocrataResourceMapper mapper;

    public SocrataClient(SocrataResourceMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public String dialect() {
        return "socrata";
    }

    @Override
    public void harvest(HarvestSource source, SafeFetcher fetcher, RecordSink sink) {
        String catalog = catalogUrl(source.endpoint());
        Map<String, String> headers = new HashMap<>(Map.of("Accept", "application/json"));
        source.credentials().ifPresent(token -> headers.put("X-App-Token", token));
        int limit = Math.min(source.pageSize(), MAX_LIMIT);
        long offset = 0;
        int skipped = 0;
        int records = 0;
        boolean first = true;
        while (true) {
            URI page = URI.create(catalog + (catalog.contains("?") ? "&" : "?") + "limit=" + limit + "&offset=" + offset);
            if (offset >= MAX_WINDOW) {
                sink.pageLost(page, "offset paging of the Discovery API stops at " + MAX_WINDOW + " results");
                break;
            }
            FetchedResponse response;
            try {
                response = fetcher.get(page, headers);
            } catch (FetchException e) {
                if (first) {
                    throw e;
                }
                sink.pageLost(page, e.getMessage());
                break;
            }
            first = false;
            SocrataResourceMapper.MappedPage mapped;
            try {
                mapped = mapper.map(source.id(), page, response.text());
            } catch (UnreadablePageException e) {
                sink.problem(new RecordProblem(source.id(), page, "", RecordProblem.excerpt(response.text()),
                        "page is not a readable Socrata catalogue page: " + e.getMessage(), true));
                sink.pageLost(page, "unreadable page");
                break;
            }
            mapped.problems().forEach(sink::problem);
            mapped.records().forEach(sink::record);
            sink.pageRead(page);
            skipped += mapped.skipped();
            records += mapped.records().size();
            LOG.info("{}: page {} gave {} records; {} resources that are not datasets skipped", source.id(), page,
                    mapped.records().size(), mapped.skipped());
            offset += mapped.results();
            boolean done = mapped.results() == 0
                    || (mapped.resultSetSize() >= 0 ? offset >= mapped.resultSetSize() : mapped.results() < limit);
            if (done) {
                break;
            }
        }
        LOG.info("{}: {} datasets read, {} resources that are not datasets skipped", source.id(), records, skipped);
    }

    /** The Discovery API URL without paging parameters. */
    static String catalogUrl(URI endpoint) {
        String path = endpoint.getRawPath() == null ? "" : endpoint.getRawPath();
        String origin = endpoint.getScheme() + "://" + endpoint.getRawAuthority();
        StringJoiner query = new StringJoiner("&");
        boolean scoped = false;
        if (endpoint.getRawQuery() != null) {
            for (String part : endpoint.getRawQuery().split("&")) {
                String name = part.split("=", 2)[0];
                if (part.isEmpty() || name.equals("limit") || name.equals("offset") || name.equals("scroll_id")) {
                    continue;
                }
                scoped |= name.equals("domains") || name.equals("domain") || name.equals("search_context");
                query.add(part);
            }
        }
        int api = path.indexOf(CATALOG_PATH);
        String url;
        if (api >= 0) {
            url = origin + path.substring(0, api + CATALOG_PATH.length());
        } else {
            String base = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            url = origin + base + CATALOG_PATH;
            if (!scoped) {
                query.add("domains=" + URLEncoder.encode(endpoint.getHost(), StandardCharsets.UTF_8));
            }
        }
        return query.length() == 0 ? url : url + "?" + query;
    }
}
