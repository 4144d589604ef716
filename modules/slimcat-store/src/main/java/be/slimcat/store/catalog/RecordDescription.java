// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.catalog;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;

/**
 * The full description of a record (dataset or data service) in the graph that holds it: its own
 * triples, the blank nodes under it, and the distributions, contact points, publishers and creators it
 * points to with the nodes under them, as far as the same graph describes them. Other records it
 * points to (a data service behind a distribution, a dataset a service serves) are not included: they
 * are records of their own.
 */
final class RecordDescription {
    private static final Set<Node> FOLLOWED = Set.of(DCAT.distribution.asNode(), DCAT.contactPoint.asNode(),
            DCTerms.publisher.asNode(), DCTerms.creator.asNode());

    private RecordDescription() {}

    /** Adds the description of {@code record} in {@code source} to {@code into}. */
    static void copy(Graph source, Node record, Graph into) {
        Set<Node> done = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.add(record);
        while (!todo.isEmpty()) {
            Node node = todo.poll();
            if (!done.add(node)) {
                continue;
            }
            ExtendedIterator<Triple> triples = source.find(node, Node.ANY, Node.ANY);
            try {
                triples.forEachRemaining(t -> {
                    into.add(t);
                    Node o = t.getObject();
                    if (o.isBlank() || o.isURI() && FOLLOWED.contains(t.getPredicate())) {
                        todo.add(o);
                    }
                });
            } finally {
                triples.close();
            }
        }
    }
}
