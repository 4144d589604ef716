// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.guard;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses request bodies above a size before anything reads them: 413 when {@code Content-Length} is larger,
 * 411 when a body comes without a length (chunked), since its size cannot be checked up front.
 */
public final class RequestBodyLimit implements Filter {
    private final long maxBytes;

    public RequestBodyLimit(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the body limit must be at least 1 byte, not " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        long length = http.getContentLengthLong();
        if (length > maxBytes) {
            Refusal.send((HttpServletResponse) response, 413, 0, "Request body too large: " + length
                    + " bytes, this server accepts at most " + maxBytes + " bytes.");
            return;
        }
        if (length < 0 && http.getHeader("Transfer-Encoding") != null) {
            Refusal.send((HttpServletResponse) response, 411, 0,
                    "Send the request body with a Content-Length (at most " + maxBytes + " bytes).");
            return;
        }
        chain.doFilter(request, response);
    }
}
