// SPDX-License-Identifier: Apache-2.0
/**
 * The catalogue store ({@link be.slimcat.store.CatalogueStore}): TDB2 on local disk with one named
 * graph per source, the union of all graphs as the default graph, and a jena-text (Lucene) index
 * over labels, titles, descriptions and keywords usable with {@code text:query}.
 *
 * @see <a href="https://jena.apache.org/documentation/tdb2/">TDB2</a>
 * @see <a href="https://jena.apache.org/documentation/query/text-query.html">jena-text</a>
 */
package be.slimcat.store;
