// SPDX-License-Identifier: Apache-2.0
/**
 * The query answer cache of the SPARQL endpoint: answers of {@code /sparql} and {@code /query} kept in
 * memory for the committed version of the store they were computed on, so that the same query on the same
 * data is answered without running it again; also validators ({@code ETag}) so that clients can ask again
 * cheaply.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9211">RFC 9211, the Cache-Status header</a>
 */
package be.slimcat.server.cache;
