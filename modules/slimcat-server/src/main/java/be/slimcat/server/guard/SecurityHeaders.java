// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.guard;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

import be.slimcat.server.web.HtmlPage;

/**
 * Sets the pages' security headers on every response before anything answers, so error pages written by
 * Fuseki or Jetty (a 503 for a timed-out query, a 401) carry them too. A page may replace its
 * Content-Security-Policy afterwards.
 */
public final class SecurityHeaders implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HtmlPage.securityHeaders((HttpServletResponse) response);
        chain.doFilter(request, response);
    }
}
