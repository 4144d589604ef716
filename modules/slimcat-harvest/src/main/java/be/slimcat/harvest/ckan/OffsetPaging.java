// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.ckan;

import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import be.slimcat.harvest.HarvestSource;
import be.slimcat.harvest.RecordProblem;
import be.slimcat.harvest.RecordSink;
import be.slimcat.harvest.http.FetchException;
import be.slimcat.harvest.http.FetchedResponse;
import be.slimcat.harvest.http.SafeFetcher;

/**
 * The paging loop CKAN and DKAN share: asks page after page by offset, reads each answer with
 * {@link CkanEnvelope} and maps each package with {@link CkanPackageMapper}.
 * <p>
 * The loop ends at an empty page, when the offset reaches the count the portal reports, when a
 * page brings no package not already seen (the portal ignores the offset), when an answer without
 * a count brings more packages than asked (the portal ignores the page size and gave everything),
 * after {@value #MAX_LOST_IN_A_ROW} lost pages in a row, or after {@value #MAX_PAGES} pages.
 * <p>
 * The offset advances by the number of packages a page brought (a portal may give fewer than
 * asked, as CKAN does above {@code ckan.search.rows_max}), or by the page size past a lost page.
 * Because paging is by offset, the page after a lost one is known, so the loop goes on; the run
 * is then incomplete ({@link RecordSink#pageLost}) and keeps the last good data. The first page
 * is different: when it cannot be fetched the source is unavailable ({@link FetchException}), and
 * when it is not an Action API answer nothing more is asked.
 * <p>
 * A package seen on an earlier page of the same run (offsets shift when packages are added or
 * deleted while the run goes on) is skipped without a problem.
 */
final class OffsetPaging {
    private static final Logger LOG = LoggerFactory.getLogger("slimcat.harvest");
    static final int MAX_PAGES = 100_000;
    static final int MAX_LOST_IN_A_ROW = 3;

    private OffsetPaging() {}

    static void harvest(HarvestSource source, SafeFetcher fetcher, RecordSink sink, CkanQuery query,
            CkanPackageMapper mapper) {
        Map<String, String> headers = new HashMap<>(Map.of("Accept", "application/json"));
        source.credentials().ifPresent(key -> headers.put("Authorization", key));
        Set<String> seen = new HashSet<>();
        OptionalLong count = OptionalLong.empty();
        long start = 0;
        int lostInARow = 0;
        for (int pages = 1; ; pages++) {
            URI page = query.page(start);
            if (pages > MAX_PAGES) {
                sink.pageLost(page, "more than " + MAX_PAGES + " pages");
                return;
            }
            CkanEnvelope.Page answer;
            try {
                answer = read(source, fetcher, page, headers, sink, pages == 1);
            } catch (LostPage lost) {
                if (pages == 1 && !lost.fetched) {
                    throw lost.fetchFailure;
                }
                sink.pageLost(page, lost.getMessage());
                lostInARow++;
                start += query.rows();
                boolean pastTheEnd = count.isPresent() && start >= count.getAsLong();
                if (pages == 1 || pastTheEnd || lostInARow >= MAX_LOST_IN_A_ROW) {
                    LOG.warn("{}: stopped after a lost page at {}", source.id(), page);
                    return;
                }
                continue;
            }
            lostInARow = 0;
            if (answer.count().isPresent()) {
                count = answer.count();
            }
            int fresh = 0;
            for (JsonElement element : answer.packages()) {
                String key = keyOf(element);
                if (!seen.add(key)) {
                    continue;
                }
                fresh++;
                CkanPackageMapper.MappedPackage mapped = mapper.map(source.id(), page, element);
                mapped.problems().forEach(sink::problem);
                mapped.record().ifPresent(sink::record);
            }
            sink.pageRead(page);
            int size = answer.packages().size();
            LOG.info("{}: page {} gave {} packages", source.id(), page, size);
            if (size == 0) {
                return;
            }
            if (fresh == 0) {
                sink.pageLost(page, "the portal answers the same packages again: it ignores the offset, so the rest is unknown");
                return;
            }
            if (answer.count().isEmpty() && size > query.rows()) {
                LOG.info("{}: the portal ignores the page size and gave {} packages at once", source.id(), size);
                return;
            }
            start += size;
            if (count.isPresent() && start >= count.getAsLong()) {
                return;
            }
        }
    }

    private static CkanEnvelope.Page read(HarvestSource source, SafeFetcher fetcher, URI page,
            Map<String, String> headers, RecordSink sink, boolean first) throws LostPage {
        FetchedResponse response;
        try {
            response = fetcher.get(page, headers);
        } catch (FetchException e) {
            throw new LostPage(e);
        }
        try {
            return CkanEnvelope.read(response.text());
        } catch (CkanEnvelope.UnreadablePageException e) {
            sink.problem(new RecordProblem(source.id(), page, "", RecordProblem.excerpt(response.text()),
                    "page is not a readable Action API answer: " + e.getMessage(), true));
            throw new LostPage(e.getMessage());
        }
    }

    /** What identifies a package within one run: its id, else its name, else its JSON. */
    private static String keyOf(JsonElement element) {
        if (element.isJsonObject()) {
            JsonObject pkg = element.getAsJsonObject();
            return CkanPackageMapper.text(pkg, "id").or(() -> CkanPackageMapper.text(pkg, "name"))
                    .map(id -> "id:" + id).orElse(pkg.toString());
        }
        return element.toString();
    }

    /** A page that could not be had or read. */
    private static final class LostPage extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient FetchException fetchFailure;
        private final boolean fetched;

        LostPage(FetchException e) {
            super(e.getMessage());
            this.fetchFailure = e;
            this.fetched = false;
        }

        LostPage(String reason) {
            super(reason);
            this.fetchFailure = null;
            this.fetched = true;
        }
    }
}
