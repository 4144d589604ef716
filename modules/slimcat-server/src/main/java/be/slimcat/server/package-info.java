// SPDX-License-Identifier: Apache-2.0
/**
 * The SPARQL endpoint ({@link be.slimcat.server.CatalogueServer}): an embedded Apache Jena Fuseki
 * serving the catalogue store.
 *
 * @see <a href="https://www.w3.org/TR/sparql11-protocol/">SPARQL 1.1 Protocol</a>
 * @see <a href="https://www.w3.org/TR/sparql11-http-rdf-update/">SPARQL 1.1 Graph Store Protocol</a>
 */
package be.slimcat.server;
