// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.cache;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A query request as the SPARQL protocol sends it (GET with {@code query=}, POST of a form, POST of
 * {@code application/sparql-query}), read far enough to know its {@link QueryRequestKey}; the request to
 * pass on still has its whole body.
 *
 * @param request the request to pass on
 * @param key what the request asks, or null when it is not a query that can be kept (no query, another
 *        method, a body larger than the limit)
 */
record QueryRequest(HttpServletRequest request, QueryRequestKey key) {
    private static final String SPARQL_QUERY = "application/sparql-query";

    /** Reads the request; a query sent as a body is read up to {@code largestQuery} bytes. */
    static QueryRequest read(HttpServletRequest request, int largestQuery) throws IOException {
        String method = request.getMethod();
        String contentType = request.getContentType() == null ? "" : request.getContentType();
        if ("POST".equals(method) && contentType.startsWith(SPARQL_QUERY)) {
            return readBody(request, largestQuery);
        }
        boolean form = "POST".equals(method) && contentType.startsWith("application/x-www-form-urlencoded");
        if (!form && !"GET".equals(method) && !"HEAD".equals(method)) {
            return new QueryRequest(request, null);
        }
        String query = request.getParameter("query");
        return new QueryRequest(request, query == null ? null : key(request, query, "query"));
    }

    private static QueryRequest readBody(HttpServletRequest request, int largestQuery) throws IOException {
        InputStream body = request.getInputStream();
        byte[] start = body.readNBytes(largestQuery + 1);
        HttpServletRequest replaying = new ReplayingRequest(request, start);
        if (start.length > largestQuery) {
            return new QueryRequest(replaying, null);
        }
        Charset charset = request.getCharacterEncoding() == null ? StandardCharsets.UTF_8
                : Charset.forName(request.getCharacterEncoding());
        return new QueryRequest(replaying, key(request, new String(start, charset), null));
    }

    private static QueryRequestKey key(HttpServletRequest request, String query, String queryParameter) {
        Map<String, String[]> sorted = new TreeMap<>(request.getParameterMap());
        StringBuilder parameters = new StringBuilder();
        sorted.forEach((name, values) -> {
            if (!name.equals(queryParameter)) {
                String[] ordered = values.clone();
                Arrays.sort(ordered);
                for (String value : ordered) {
                    parameters.append(name).append('=').append(value).append('\n');
                }
            }
        });
        String accept = request.getHeader("Accept");
        return new QueryRequestKey(query, parameters.toString(), accept == null ? "" : accept);
    }

    /** The request with the part of the body already read put back in front of the rest. */
    private static final class ReplayingRequest extends HttpServletRequestWrapper {
        private final ServletInputStream body;

        ReplayingRequest(HttpServletRequest request, byte[] start) throws IOException {
            super(request);
            InputStream all = new SequenceInputStream(new ByteArrayInputStream(start), request.getInputStream());
            this.body = new ServletInputStream() {
                private boolean finished;

                @Override
                public int read() throws IOException {
                    int b = all.read();
                    finished = b < 0;
                    return b;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = all.read(b, off, len);
                    finished = n < 0;
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return finished;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("The query body is read blocking");
                }
            };
        }

        @Override
        public ServletInputStream getInputStream() {
            return body;
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(body, charset));
        }
    }
}
