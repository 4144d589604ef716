// SPDX-License-Identifier: Apache-2.0
package be.slimcat.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import be.slimcat.vocab.SC;

/**
 * Splits a data graph into records. Every resource typed with a record class (catalogue, dataset,
 * data service, catalogue record, agent, organisation, project, funding instrument, harvest source)
 * starts a record; the resources it refers to that are described in the graph and start no record of
 * their own (distributions, contact points, identifiers, blank nodes ...) belong to the first record
 * that reaches them. Resources no record reaches start a record each. So every subject of the graph is
 * validated in exactly one record.
 */
final class RecordSplitter {
    /** The classes whose instances are records of their own. */
    static final Set<Node> RECORD_CLASSES = Set.of(DCAT.Catalog.asNode(), DCAT.Dataset.asNode(),
            NodeFactory.createURI(DCAT.NS + "DatasetSeries"), DCAT.DataService.asNode(), DCAT.CatalogRecord.asNode(),
            FOAF.Agent.asNode(), FOAF.Organization.asNode(), FOAF.Person.asNode(), ORG.Organization.asNode(),
            SC.Project.asNode(), SC.FundingInstrument.asNode(), NodeFactory.createURI(SC.NS + "HarvestSource"));

    /**
     * A record before its graph is built.
     *
     * @param root     the resource the record is about
     * @param subjects the resources it validates, the root first
     */
    record Slice(Node root, List<Node> subjects) {}

    private final ShapeReach reach;

    RecordSplitter(ShapeReach reach) {
        this.reach = reach;
    }

    /** The records of the data, in the order of the graph's subjects. */
    List<Slice> split(Graph data) {
        Set<Node> subjects = subjects(data);
        Set<Node> roots = new LinkedHashSet<>();
        for (Node s : subjects) {
            if (data.find(s, RDF.type.asNode(), Node.ANY).filterKeep(t -> RECORD_CLASSES.contains(t.getObject())).hasNext()) {
                roots.add(s);
            }
        }
        Map<Node, Integer> owner = new HashMap<>();
        List<Slice> slices = new ArrayList<>();
        for (Node root : roots) {
            slices.add(claim(data, root, slices.size(), subjects, roots, owner));
        }
        for (Node s : subjects) {
            if (!owner.containsKey(s)) {
                slices.add(claim(data, s, slices.size(), subjects, roots, owner));
            }
        }
        return slices;
    }

    private static Slice claim(Graph data, Node root, int index, Set<Node> subjects, Set<Node> roots, Map<Node, Integer> owner) {
        List<Node> owned = new ArrayList<>();
        owned.add(root);
        owner.put(root, index);
        Deque<Node> todo = new ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            Node node = todo.poll();
            data.find(node, Node.ANY, Node.ANY).forEachRemaining(t -> {
                Node o = t.getObject();
                if ((o.isURI() || o.isBlank()) && !roots.contains(o) && !owner.containsKey(o) && subjects.contains(o)) {
                    owner.put(o, index);
                    owned.add(o);
                    todo.add(o);
                }
            });
        }
        return new Slice(root, List.copyOf(owned));
    }

    private static Set<Node> subjects(Graph data) {
        Set<Node> subjects = new LinkedHashSet<>();
        Node previous = null;
        for (var it = data.find(); it.hasNext();) {
            Node s = it.next().getSubject();
            if (s != previous) {
                subjects.add(s);
                previous = s;
            }
        }
        return subjects;
    }

    /**
     * The record of a slice: the triples of its own resources, plus those triples of the resources
     * they refer to (and so on) that the shapes read beyond a focus node, plus the data's own
     * rdfs:subClassOf statements.
     */
    ValidationRecord build(Slice slice, Graph data, List<Triple> subclassStatements) {
        Graph graph = GraphFactory.createDefaultGraph();
        Set<Node> own = new HashSet<>(slice.subjects());
        Deque<Node> context = new ArrayDeque<>();
        for (Node s : slice.subjects()) {
            data.find(s, Node.ANY, Node.ANY).forEachRemaining(t -> {
                graph.add(t);
                Node o = t.getObject();
                if ((o.isURI() || o.isBlank()) && !own.contains(o)) {
                    context.add(o);
                }
            });
        }
        Set<Node> seen = new HashSet<>();
        while (!context.isEmpty()) {
            Node node = context.poll();
            if (!seen.add(node)) {
                continue;
            }
            data.find(node, Node.ANY, Node.ANY).forEachRemaining(t -> {
                if (reach.needs(t.getPredicate())) {
                    graph.add(t);
                    Node o = t.getObject();
                    if ((o.isURI() || o.isBlank()) && !own.contains(o)) {
                        context.add(o);
                    }
                }
            });
        }
        subclassStatements.forEach(graph::add);
        return new ValidationRecord(slice.root(), graph, new LinkedHashSet<>(slice.subjects()));
    }

    /** The data's own rdfs:subClassOf statements, which every record needs to find focus nodes as SHACL does. */
    static List<Triple> subclassStatements(Graph data) {
        return data.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).toList();
    }
}
