// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.catalog;

import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * A sub-catalogue of SlimCat's catalogue: its IRI, the graph its records come from, its description
 * (without its records) and when it last changed, if known.
 */
record SubCatalogue(Node iri, Node graph, Graph description, Optional<Node> modified) {}
