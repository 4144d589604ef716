// SPDX-License-Identifier: Apache-2.0
/**
 * The SPARQL UI ({@link be.slimcat.server.sparqlui.SparqlUi}): YASGUI served by SlimCat from its WebJar,
 * pointed at the server's own endpoint, with example queries.
 */
package be.slimcat.server.sparqlui;
