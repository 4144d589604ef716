// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.feeds;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RiotException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.slimcat.store.CatalogueStore;

/**
 * {@code GET /dump.nq.gz}: every named graph of the store as N-Quads, gzip-compressed, streamed from one
 * read transaction as it is written (no Content-Length; nothing is cached, so the dump is always the
 * store as it is). Content type {@code application/gzip}: the file is a gzip of N-Quads, as its
 * distribution in the catalogue says.
 */
final class DumpFilter implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(DumpFilter.class);
    private final CatalogueStore store;

    DumpFilter(CatalogueStore store) {
        this.store = store;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        if (!RdfResponse.readMethod(request)) {
            RdfResponse.methodNotAllowed(response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/gzip");
        response.setHeader("Content-Disposition", "attachment; filename=\"slimcat.nq.gz\"");
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        try (OutputStream out = new GZIPOutputStream(response.getOutputStream(), 1 << 16)) {
            store.export(null, Lang.NQUADS, out);
        } catch (RiotException | UncheckedIOException e) {
            LOG.debug("The dump was not sent to the end: {}", e.getMessage());
        }
    }
}
