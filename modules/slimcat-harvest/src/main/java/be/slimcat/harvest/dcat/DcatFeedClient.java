// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.dcat;

import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.riot.Lang;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.slimcat.harvest.HarvestSource;
import be.slimcat.harvest.PortalClient;
import be.slimcat.harvest.RdfPageParser;
import be.slimcat.harvest.RecordProblem;
import be.slimcat.harvest.RecordSink;
import be.slimcat.harvest.http.FetchException;
import be.slimcat.harvest.http.FetchedResponse;
import be.slimcat.harvest.http.SafeFetcher;
import be.slimcat.harvest.rdf.RdfPage;
import be.slimcat.vocab.RdfSyntaxException;

/**
 * Harvests DCAT RDF feeds (Turtle, RDF/XML, JSON-LD, N-Triples), paged with Hydra or not paged.
 */
public final class DcatFeedClient implements PortalClient {
    private static final Logger LOG = LoggerFactory.getLogger("slimcat.harvest");
    private static final String ACCEPT = "text/turtle, application/rdf+xml;q=0.9, application/ld+json;q=0.8,"
            + " application/n-triples;q=0.7, */*;q=0.1";
    /** Stops a feed whose pages never end. */
    static final int MAX_PAGES = 100_000;

    private final DcatPageMapper mapper;

    public DcatFeedClient(DcatPageMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public String dialect() {
        return "dcat";
    }

    @Override
    public void harvest(HarvestSource source, SafeFetcher fetcher, RecordSink sink) {
        Set<URI> visited = new HashSet<>();
        Optional<URI> next = Optional.of(source.endpoint());
        Map<String, String> headers = new HashMap<>(Map.of("Accept", ACCEPT));
        source.credentials().ifPresent(key -> headers.put("Authorization", key));
        while (next.isPresent()) {
            URI page = next.get();
            if (!visited.add(page) || visited.size() > MAX_PAGES) {
                sink.pageLost(page, visited.size() > MAX_PAGES ? "more than " + MAX_PAGES + " pages"
                        : "paging loops back to " + page);
                return;
            }
            FetchedResponse response;
            try {
                response = fetcher.get(page, headers);
            } catch (FetchException e) {
                if (visited.size() == 1) {
                    throw e;
                }
                sink.pageLost(page, e.getMessage());
                return;
            }
            RdfPage parsed;
            try {
                Lang lang = RdfPageParser.syntaxOf(response.contentType(), response.uri(), response.body());
                parsed = RdfPageParser.read(response.body(), lang, response.uri());
            } catch (RdfSyntaxException e) {
                sink.problem(new RecordProblem(source.id(), page, "", RecordProblem.excerpt(response.text()),
                        "page is not readable RDF: " + e.getMessage(), true));
                sink.pageLost(page, "unparseable page");
                return;
            }
            parsed.lenient().ifPresent(how -> sink.problem(new RecordProblem(source.id(), page, "",
                    RecordProblem.excerpt(how.excerpt().isEmpty() ? response.text() : how.excerpt()), "page " + how.message(), false)));
            parsed.notes().forEach(note -> sink.problem(new RecordProblem(source.id(), page, "",
                    RecordProblem.excerpt(note.excerpt()), note.describe(), false)));
            DcatPageMapper.MappedPage mapped = mapper.map(source.id(), page, parsed.graph());
            mapped.problems().forEach(sink::problem);
            mapped.records().forEach(sink::record);
            sink.pageRead(page);
            LOG.info("{}: page {} gave {} records", source.id(), page, mapped.records().size());
            next = mapped.next();
        }
    }
}
