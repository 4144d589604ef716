// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.cache;

/**
 * What makes two query requests ask for the same answer on the same data: the query text, every other
 * parameter (default and named graphs, output format, timeout...) and the Accept header.
 *
 * @param query the query text as sent
 * @param parameters the other parameters, sorted, as {@code name=value} lines
 * @param accept the Accept header, or the empty string
 */
record QueryRequestKey(String query, String parameters, String accept) {}
