// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store;

import org.apache.jena.graph.Node;

/** A named graph of the store and how many triples it holds. */
public record GraphSummary(Node graph, long triples) {}
