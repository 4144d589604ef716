// SPDX-License-Identifier: Apache-2.0
/**
 * Reading harvested RDF pages that real portals publish: the JSON-LD contexts SlimCat bundles
 * instead of fetching ({@link be.slimcat.harvest.rdf.BundledContexts}), and the lenient second
 * reading of a Turtle, TriG, RDF/XML or N-Triples page that Jena's parser refused
 * ({@link be.slimcat.harvest.rdf.LenientRdfParser}), with RDF4J Rio and one boundary class
 * ({@link be.slimcat.harvest.rdf.RioToJena}) that keeps out of the store whatever Jena would refuse.
 * Every repair and every omission is returned as a {@link be.slimcat.harvest.rdf.ParseNote}.
 */
package be.slimcat.harvest.rdf;
