// SPDX-License-Identifier: Apache-2.0
/**
 * Linked data: every IRI SlimCat mints resolves on the server that serves it. {@code /id/{path}} answers
 * 303 See Other to {@code /doc/{path}}, which describes {@code {base}/id/{path}} in HTML, Turtle, JSON-LD,
 * RDF/XML or N-Triples by content negotiation (or {@code ?format=}); {@code /graph/{name}} describes a named
 * graph and {@code /ns/{vocab}} serves a vocabulary.
 */
package be.slimcat.server.ld;
