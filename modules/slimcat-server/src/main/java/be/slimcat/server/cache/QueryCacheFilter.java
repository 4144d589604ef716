// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.cache;

import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import be.slimcat.store.CatalogueStore;

/**
 * Answers a query from the {@link QueryAnswerCache} when the same query was answered on the same committed
 * version of the store, and keeps each new successful answer small enough; every answer carries an
 * {@code ETag} of the data version, so a GET with a matching {@code If-None-Match} gets 304 without the
 * query being run. A request with {@code Cache-Control: no-cache} is always run (and its answer kept).
 * Answers say what happened in a {@code Cache-Status} header (RFC 9211): {@code SlimCat; hit} or
 * {@code SlimCat; fwd=miss} (or {@code fwd=request}, {@code fwd=bypass}).
 */
public final class QueryCacheFilter implements Filter {
    private static final String NAME = "SlimCat";
    private static final int LARGEST_QUERY = 64 * 1024;

    private final CatalogueStore store;
    private final QueryAnswerCache cache;
    /** Tells this process's data versions from those of another run of the server on the same store. */
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    /**
     * @param store the store the queries run on
     * @param budget the bytes all kept answers may take together
     * @param largestAnswer the largest answer worth keeping, in bytes
     */
    public QueryCacheFilter(CatalogueStore store, long budget, long largestAnswer) {
        this.store = store;
        this.cache = new QueryAnswerCache(budget, largestAnswer);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        QueryRequest query = QueryRequest.read((HttpServletRequest) req, LARGEST_QUERY);
        HttpServletRequest request = query.request();
        HttpServletResponse response = (HttpServletResponse) resp;
        if (query.key() == null || !RepeatableQueries.isRepeatable(query.key().query())) {
            response.setHeader("Cache-Status", NAME + "; fwd=bypass");
            chain.doFilter(request, response);
            return;
        }
        CatalogueStore.Version version = store.read(data -> store.version());
        String etag = "\"" + run + "-" + Integer.toHexString(version.hashCode()) + "-" + version.dataVersion() + "\"";
        boolean readMethod = !"POST".equals(request.getMethod());
        if (readMethod && matches(request.getHeader("If-None-Match"), etag)) {
            response.setHeader("ETag", etag);
            response.setHeader("Cache-Status", NAME + "; hit");
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        boolean fresh = noCache(request);
        CachedAnswer kept = fresh ? null : cache.get(query.key(), version).orElse(null);
        if (kept != null) {
            send(kept, etag, request, response);
            return;
        }
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Status", NAME + (fresh ? "; fwd=request" : "; fwd=miss"));
        Set<String> headersBefore = new HashSet<>();
        response.getHeaderNames().forEach(name -> headersBefore.add(name.toLowerCase(Locale.ROOT)));
        AnswerRecorder recorder = new AnswerRecorder(response, cache.largestAnswer());
        chain.doFilter(request, recorder);
        CachedAnswer answer = recorder.answer(headersBefore);
        if (answer != null && version.equals(store.read(data -> store.version()))) {
            cache.put(query.key(), version, answer);
        }
    }

    private static void send(CachedAnswer answer, String etag, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        for (Map.Entry<String, String> header : answer.headers()) {
            response.addHeader(header.getKey(), header.getValue());
        }
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Status", NAME + "; hit");
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentLength(answer.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(answer.body());
        }
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String trimmed = tag.trim();
            if (trimmed.equals("*") || trimmed.equals(etag) || trimmed.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static boolean noCache(HttpServletRequest request) {
        String control = request.getHeader("Cache-Control");
        String pragma = request.getHeader("Pragma");
        return control != null && control.toLowerCase(Locale.ROOT).contains("no-cache")
                || pragma != null && pragma.toLowerCase(Locale.ROOT).contains("no-cache");
    }
}
