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
import java.util.function.Consumer;

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
 * that reaches them (in the order of the graph). Resources no record reaches start a record each. So every
 * subject of the graph is validated in exactly one record.
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
        List<Slice> slices = new ArrayList<>();
        split(data, slices::add);
        return slices;
    }

    /**
     * Hands the records of the data to {@code each} as soon as they are known, in the order of the
     * graph's subjects: a record starts at the first triple of its root; resources no record
     * reaches follow at the end.
     */
    void split(Graph data, Consumer<Slice> each) {
        Set<Node> owned = new HashSet<>();
        Map<Node, Boolean> rootCache = new HashMap<>();
        Set<Node> seen = new HashSet<>();
        List<Node> subjects = new ArrayList<>();
        Node previous = null;
        for (var it = data.find(); it.hasNext();) {
            Node s = it.next().getSubject();
            if (s == previous || !seen.add(s)) {
                continue;
            }
            previous = s;
            subjects.add(s);
            if (!owned.contains(s) && isRoot(data, s, rootCache)) {
                each.accept(claim(data, s, owned, rootCache));
            }
        }
        for (Node s : subjects) {
            if (!owned.contains(s)) {
                each.accept(claim(data, s, owned, rootCache));
            }
        }
    }

    private static boolean isRoot(Graph data, Node node, Map<Node, Boolean> cache) {
        return cache.computeIfAbsent(node, n -> data.find(n, RDF.type.asNode(), Node.ANY)
                .filterKeep(t -> RECORD_CLASSES.contains(t.getObject())).hasNext());
    }

    /** The record of a root: the root and the resources it reaches that no record owns and that start no record. */
    private static Slice claim(Graph data, Node root, Set<Node> owned, Map<Node, Boolean> rootCache) {
        List<Node> mine = new ArrayList<>();
        mine.add(root);
        owned.add(root);
        Deque<Node> todo = new ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            Node node = todo.poll();
            data.find(node, Node.ANY, Node.ANY).forEachRemaining(t -> {
                Node o = t.getObject();
                if ((o.isURI() || o.isBlank()) && !owned.contains(o) && data.contains(o, Node.ANY, Node.ANY)
                        && !isRoot(data, o, rootCache)) {
                    owned.add(o);
                    mine.add(o);
                    todo.add(o);
                }
            });
        }
        return new Slice(root, List.copyOf(mine));
    }

    /**
     * The record of a slice: the triples of its own resources, plus those triples of the resources
     * they refer to with a predicate shapes follow (and so on) that the shapes read beyond a focus
     * node, plus the data's own rdfs:subClassOf statements.
     */
    ValidationRecord build(Slice slice, Graph data, List<Triple> subclassStatements) {
        Graph graph = GraphFactory.createDefaultGraph();
        Set<Node> own = new HashSet<>(slice.subjects());
        Deque<Node> context = new ArrayDeque<>();
        for (Node s : slice.subjects()) {
            data.find(s, Node.ANY, Node.ANY).forEachRemaining(t -> {
                graph.add(t);
                Node o = t.getObject();
                if ((o.isURI() || o.isBlank()) && !own.contains(o) && reach.follows(t.getPredicate())) {
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
