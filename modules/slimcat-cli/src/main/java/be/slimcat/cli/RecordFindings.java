// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;

import be.slimcat.validation.Finding;

/**
 * The validation findings of each dataset of a graph. A finding belongs to a dataset when its focus
 * node is the dataset, a catalogue record about it (foaf:primaryTopic), or a node reached from either
 * by following IRIs and blank nodes (distributions, contact points, periods ...) without passing
 * through another dataset or a catalogue. A node shared by several datasets gives its findings to each.
 *
 * @param byDataset the findings per dataset, in the order the datasets were given
 * @param others    the findings of no dataset (a catalogue, a node that no dataset refers to)
 */
record RecordFindings(Map<Node, List<Finding>> byDataset, List<Finding> others) {
    private static final Node TYPE = RDF.type.asNode();

    /** Attributes the findings to the datasets of the graph. */
    static RecordFindings of(Graph graph, List<Node> datasets, List<Finding> findings) {
        Map<Node, List<Finding>> byDataset = new LinkedHashMap<>();
        Set<Finding> attributed = new HashSet<>();
        for (Node dataset : datasets) {
            Set<Node> parts = parts(graph, dataset);
            List<Finding> own = findings.stream().filter(f -> parts.contains(f.focusNode())).toList();
            attributed.addAll(own);
            byDataset.put(dataset, own);
        }
        List<Finding> others = findings.stream().filter(f -> !attributed.contains(f)).toList();
        return new RecordFindings(byDataset, others);
    }

    private static Set<Node> parts(Graph graph, Node dataset) {
        Set<Node> seen = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.add(dataset);
        graph.find(Node.ANY, FOAF.primaryTopic.asNode(), dataset).forEachRemaining(t -> todo.add(t.getSubject()));
        while (!todo.isEmpty()) {
            Node node = todo.poll();
            if (!seen.add(node)) {
                continue;
            }
            List<Node> next = new ArrayList<>();
            graph.find(node, Node.ANY, Node.ANY).forEachRemaining(t -> {
                Node o = t.getObject();
                if (!t.getPredicate().equals(TYPE) && !o.isLiteral() && !seen.contains(o) && !isBoundary(graph, o)) {
                    next.add(o);
                }
            });
            todo.addAll(next);
        }
        return seen;
    }

    private static boolean isBoundary(Graph graph, Node node) {
        return graph.contains(node, TYPE, DCAT.Dataset.asNode()) || graph.contains(node, TYPE, DCAT.Catalog.asNode());
    }
}
