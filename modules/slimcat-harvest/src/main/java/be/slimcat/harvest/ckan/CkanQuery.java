// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.ckan;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The pages of a CKAN-style Action API listing, paged by offset. Pure: it only builds URLs.
 * <p>
 * The endpoint may be the portal's base URL ({@code https://data.stad.be} or
 * {@code https://stad.be/data/}), to which {@code /api/3/action/{action}} is added, or the action
 * URL itself ({@code …/api/3/action/package_search} or {@code …/api/action/package_search}), whose
 * own query parameters (such as {@code fq=organization:stad}) are kept.
 *
 * @param action        the action URL with the parameters of the endpoint, without paging
 * @param rowsParam     the name of the page-size parameter ({@code rows}, or {@code limit} for DKAN lists)
 * @param startParam    the name of the offset parameter ({@code start}, or {@code offset})
 * @param sort          the sort asked for unless the endpoint names its own ({@link #SORT} for CKAN; none for DKAN)
 * @param rows          the page size asked for
 * @param modifiedSince when present, only packages modified at or after this instant are asked for
 */
public record CkanQuery(URI action, String rowsParam, String startParam, Optional<String> sort, int rows,
        Optional<Instant> modifiedSince) {
    /** The action that searches packages. */
    public static final String PACKAGE_SEARCH = "package_search";
    /**
     * The stable sort of a full listing. CKAN's default ({@code score desc, metadata_modified desc})
     * moves a package that is edited during the run to the front, which shifts every later offset;
     * a package's {@code id} never changes, so only packages added or deleted during the run can
     * shift the pages (a shift can repeat a package, which the client skips, or skip one, which the
     * next run picks up).
     */
    public static final String SORT = "id asc";

    private static final DateTimeFormatter SOLR_DATE = DateTimeFormatter.ISO_INSTANT;

    public CkanQuery {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(modifiedSince, "modifiedSince");
        Objects.requireNonNull(sort, "sort");
        if (rows <= 0) {
            throw new IllegalArgumentException("rows must be positive: " + rows);
        }
    }

    /** A {@code package_search} listing of the endpoint, {@code rows} at a time. */
    public static CkanQuery packageSearch(URI endpoint, int rows, Optional<Instant> modifiedSince) {
        return new CkanQuery(actionUrl(endpoint, PACKAGE_SEARCH), "rows", "start", Optional.of(SORT), rows, modifiedSince);
    }

    /**
     * The action URL of an endpoint: the endpoint itself when its path already names an action
     * ({@code /api/3/action/x} or {@code /api/action/x}), else the endpoint's path followed by
     * {@code api/3/action/{action}}.
     */
    public static URI actionUrl(URI endpoint, String action) {
        if (actionOf(endpoint).isPresent()) {
            return endpoint;
        }
        String path = endpoint.getRawPath() == null || endpoint.getRawPath().isEmpty() ? "/" : endpoint.getRawPath();
        if (!path.endsWith("/")) {
            path += "/";
        }
        try {
            return new URI(endpoint.getScheme() + "://" + endpoint.getRawAuthority() + path + "api/3/action/" + action
                    + (endpoint.getRawQuery() == null ? "" : "?" + endpoint.getRawQuery()));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a usable CKAN endpoint: " + endpoint, e);
        }
    }

    /** The action an endpoint's path names ({@code package_search}, …), if it names one. */
    public static Optional<String> actionOf(URI endpoint) {
        String path = endpoint.getPath() == null ? "" : endpoint.getPath();
        for (String marker : new String[] {"/api/3/action/", "/api/action/"}) {
            int at = path.lastIndexOf(marker);
            if (at >= 0) {
                String name = path.substring(at + marker.length());
                if (!name.isEmpty() && !name.contains("/")) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The URL of the page starting at the offset: the endpoint's own parameters, then
     * {@code sort} (unless the endpoint sets one), the {@code fq} of an incremental run (joined to
     * the endpoint's own {@code fq} with AND), the page size and the offset.
     */
    public URI page(long start) {
        Map<String, String> params = new LinkedHashMap<>(ownParameters());
        params.remove(rowsParam);
        params.remove(startParam);
        sort.ifPresent(order -> params.putIfAbsent("sort", order));
        modifiedSince.ifPresent(since -> {
            String clause = "metadata_modified:[" + SOLR_DATE.format(since.truncatedTo(ChronoUnit.SECONDS)) + " TO *]";
            params.merge("fq", clause, (own, added) -> "(" + own + ") AND " + added);
        });
        params.put(rowsParam, Integer.toString(rows));
        params.put(startParam, Long.toString(start));
        String query = params.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        String base = action.toString();
        int q = base.indexOf('?');
        return URI.create((q < 0 ? base : base.substring(0, q)) + "?" + query);
    }

    private Map<String, String> ownParameters() {
        Map<String, String> params = new LinkedHashMap<>();
        String raw = action.getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(key, value);
        }
        return params;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
