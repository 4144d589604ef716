// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.duplicates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

import be.slimcat.harvest.ContentHash;
import be.slimcat.vocab.SC;
import be.slimcat.vocab.SlimcatIris;

/**
 * Finds the same dataset harvested from several sources (a city portal, the Flemish portal and the
 * European portal) and links the copies to one canonical record. Nothing is merged or dropped: every
 * copy stays in its source's graph.
 * <p>
 * Two datasets from different sources are the same when they share a distinctive identifier (an IRI
 * or a code of at least 16 characters), a landing page (compared without scheme, "www." and
 * trailing slash), or a normalised title together with a normalised publisher name. Matches are
 * transitive. The canonical record is the one from the source closest to the data (a city's own
 * portal before a regional, a national and a European one), then the earliest issued, then the
 * smallest IRI.
 */
public final class DuplicateFinder {
    private static final Comparator<DatasetKeys> CANONICAL_FIRST = Comparator
            .comparingInt(DatasetKeys::sourceRank)
            .thenComparing(k -> k.issued() == null ? "\uffff" : k.issued())
            .thenComparing(DatasetKeys::dataset);

    private final SlimcatIris iris;

    public DuplicateFinder(SlimcatIris iris) {
        this.iris = iris;
    }

    /** A group of copies of one dataset. */
    public record DuplicateGroup(DatasetKeys canonical, List<DatasetKeys> copies, Set<String> matchedOn) {}

    /** The groups of copies among the datasets, each with its canonical record first. */
    public List<DuplicateGroup> find(List<DatasetKeys> datasets) {
        UnionFind groups = new UnionFind(datasets.size());
        Map<Integer, Set<String>> reasons = new HashMap<>();
        link(datasets, DatasetKeys::distinctiveIdentifier, "identifier", groups, reasons);
        link(datasets, DatasetKeys::normalisedLandingPage, "landing page", groups, reasons);
        link(datasets, DatasetKeys::titleAndPublisher, "title and publisher", groups, reasons);
        Map<Integer, List<DatasetKeys>> members = new HashMap<>();
        Map<Integer, Set<String>> matched = new HashMap<>();
        for (int i = 0; i < datasets.size(); i++) {
            int root = groups.find(i);
            members.computeIfAbsent(root, r -> new ArrayList<>()).add(datasets.get(i));
            matched.computeIfAbsent(root, r -> new TreeSet<>()).addAll(reasons.getOrDefault(i, Set.of()));
        }
        List<DuplicateGroup> result = new ArrayList<>();
        members.forEach((root, list) -> {
            if (list.size() > 1) {
                list.sort(CANONICAL_FIRST);
                result.add(new DuplicateGroup(list.get(0), List.copyOf(list.subList(1, list.size())), matched.get(root)));
            }
        });
        result.sort(Comparator.comparing(g -> g.canonical().dataset()));
        return result;
    }

    /** The groups as RDF: each copy {@code sc:duplicateOf} its canonical record, and a group node that says why. */
    public Graph toGraph(List<DuplicateGroup> groups) {
        Graph g = GraphFactory.createDefaultGraph();
        Node duplicateOf = NodeFactory.createURI(SC.NS + "duplicateOf");
        Node canonical = NodeFactory.createURI(SC.NS + "canonicalRecord");
        Node member = NodeFactory.createURI(SC.NS + "duplicate");
        Node matchedOn = NodeFactory.createURI(SC.NS + "matchedOn");
        Node type = NodeFactory.createURI(SC.NS + "DuplicateGroup");
        for (DuplicateGroup group : groups) {
            Node c = NodeFactory.createURI(group.canonical().dataset());
            Node node = iris.thing("duplicaatgroep", ContentHash.shortKey(group.canonical().dataset()));
            g.add(node, RDF.type.asNode(), type);
            g.add(node, canonical, c);
            group.matchedOn().forEach(m -> g.add(node, matchedOn, NodeFactory.createLiteralString(m)));
            for (DatasetKeys copy : group.copies()) {
                Node d = NodeFactory.createURI(copy.dataset());
                g.add(d, duplicateOf, c);
                g.add(node, member, d);
            }
        }
        return g;
    }

    private static void link(List<DatasetKeys> datasets, Function<DatasetKeys, String> key, String reason,
            UnionFind groups, Map<Integer, Set<String>> reasons) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < datasets.size(); i++) {
            String k = key.apply(datasets.get(i));
            if (k == null) {
                continue;
            }
            Integer j = first.putIfAbsent(k, i);
            if (j != null && !datasets.get(j).sourceId().equals(datasets.get(i).sourceId())) {
                groups.union(i, j);
                reasons.computeIfAbsent(i, x -> new LinkedHashSet<>()).add(reason);
                reasons.computeIfAbsent(j, x -> new LinkedHashSet<>()).add(reason);
            }
        }
    }

    /** Disjoint sets over indices, with path halving. */
    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            parent[find(a)] = find(b);
        }
    }
}
