// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The parameters of a page URL, kept in order, to build shareable links that change one parameter
 * (a facet value added or removed, another page, another language). Immutable.
 */
public final class QueryString {
    private final Map<String, List<String>> parameters;

    private QueryString(Map<String, List<String>> parameters) {
        this.parameters = parameters;
    }

    /** The parameters of the request. */
    public static QueryString of(HttpServletRequest request) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> copy.put(name, List.of(values)));
        return new QueryString(copy);
    }

    /** No parameters. */
    public static QueryString empty() {
        return new QueryString(new LinkedHashMap<>());
    }

    /** The values of the parameter, in order; empty when absent. */
    public List<String> values(String name) {
        return parameters.getOrDefault(name, List.of());
    }

    /** The first value of the parameter, or null. */
    public String first(String name) {
        List<String> values = values(name);
        return values.isEmpty() ? null : values.get(0);
    }

    /** A copy with the parameter set to this one value. */
    public QueryString with(String name, String value) {
        Map<String, List<String>> copy = new LinkedHashMap<>(parameters);
        copy.put(name, List.of(value));
        return new QueryString(copy);
    }

    /** A copy with one more value of the parameter (unless it has it already). */
    public QueryString plus(String name, String value) {
        Map<String, List<String>> copy = new LinkedHashMap<>(parameters);
        List<String> values = new ArrayList<>(copy.getOrDefault(name, List.of()));
        if (!values.contains(value)) {
            values.add(value);
        }
        copy.put(name, List.copyOf(values));
        return new QueryString(copy);
    }

    /** A copy without that value of the parameter. */
    public QueryString minus(String name, String value) {
        Map<String, List<String>> copy = new LinkedHashMap<>(parameters);
        List<String> values = new ArrayList<>(copy.getOrDefault(name, List.of()));
        values.remove(value);
        if (values.isEmpty()) {
            copy.remove(name);
        } else {
            copy.put(name, List.copyOf(values));
        }
        return new QueryString(copy);
    }

    /** A copy without the parameter. */
    public QueryString without(String name) {
        Map<String, List<String>> copy = new LinkedHashMap<>(parameters);
        copy.remove(name);
        return new QueryString(copy);
    }

    /** The names of the parameters, in order. */
    public List<String> names() {
        return Collections.unmodifiableList(new ArrayList<>(parameters.keySet()));
    }

    /** The path followed by {@code ?} and the encoded parameters (just the path when there are none). */
    public String toUrl(String path) {
        StringBuilder url = new StringBuilder(path);
        char separator = '?';
        for (Map.Entry<String, List<String>> entry : parameters.entrySet()) {
            for (String value : entry.getValue()) {
                url.append(separator).append(encode(entry.getKey())).append('=').append(encode(value));
                separator = '&';
            }
        }
        return url.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
