// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.feeds;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Which page of the catalogue a request asks for: {@code page} (from 1, default 1) and {@code pageSize}
 * (default {@value #DEFAULT_SIZE}, at most {@value #MAX_SIZE}: a larger size is cut to it).
 *
 * @param page          the page number, from 1
 * @param size          the records per page
 * @param sizeRequested whether the request named a page size (the paging links repeat it then)
 */
record PageRequest(long page, int size, boolean sizeRequested) {
    /** Records per page when the request does not say. */
    static final int DEFAULT_SIZE = 100;
    /** The most records per page. */
    static final int MAX_SIZE = 1000;

    /**
     * Reads the parameters of the request.
     *
     * @throws BadPageException when a parameter is not a whole number of at least 1
     */
    static PageRequest of(HttpServletRequest request) {
        long page = number(request, "page", 1);
        long size = number(request, "pageSize", DEFAULT_SIZE);
        return new PageRequest(page, (int) Math.min(size, MAX_SIZE), request.getParameter("pageSize") != null);
    }

    /** The index of the first record of the page, from 0. */
    long offset() {
        return (page - 1) * size;
    }

    /** The number of pages for {@code total} records (at least 1). */
    long lastPage(long total) {
        return Math.max(1, (total + size - 1) / size);
    }

    private static long number(HttpServletRequest request, String name, long otherwise) {
        String text = request.getParameter(name);
        if (text == null) {
            return otherwise;
        }
        try {
            long value = Long.parseLong(text.trim());
            if (value >= 1 && value <= Integer.MAX_VALUE) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadPageException("The parameter " + name + "=" + text + " is not a whole number from 1"
                + ("pageSize".equals(name) ? " (at most " + MAX_SIZE + " records per page are sent)" : ""));
    }

    /** A paging parameter that is not a whole number of at least 1. */
    static final class BadPageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadPageException(String message) {
            super(message);
        }
    }
}
