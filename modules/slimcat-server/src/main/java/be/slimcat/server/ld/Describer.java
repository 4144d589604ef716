// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.ld;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;

import be.slimcat.store.CatalogueStore;
import be.slimcat.vocab.DQV;
import be.slimcat.vocab.PROV;
import be.slimcat.vocab.SC;
import be.slimcat.vocab.SlimcatIris;

/**
 * Reads the {@link Description} of a resource from the union of the store's named graphs, in one read
 * transaction: its triples and, transitively, those of the blank nodes they reach; the links that point at
 * it from named resources (at most {@value #INVERSE_LIMIT}); the labels of every linked resource; and for
 * datasets and distributions the latest measurements and violations of each quality graph
 * ({@code {base}/graph/quality/...}) and the catalogue records and harvest runs that say where it came from.
 */
public final class Describer {
    /** The most links pointing at a resource that a description holds (the LIMIT of inverse-links.rq). */
    public static final int INVERSE_LIMIT = 500;

    private static final BoundQuery SUBJECT = BoundQuery.of("subject-triples");
    private static final BoundQuery INVERSE = BoundQuery.of("inverse-links");
    private static final BoundQuery LABELS = BoundQuery.of("labels");
    private static final BoundQuery MEASUREMENTS = BoundQuery.of("quality-measurements");
    private static final BoundQuery VIOLATIONS = BoundQuery.of("quality-violations");
    private static final BoundQuery PROVENANCE = BoundQuery.of("provenance");
    private static final BoundQuery LOADS = BoundQuery.of("graph-loads");
    private static final BoundQuery KNOWN = BoundQuery.of("known");

    private static final Node SH_RESULT = NodeFactory.createURI("http://www.w3.org/ns/shacl#result");
    private static final Node RETRIEVED_FROM = NodeFactory.createURI(SC.NS + "retrievedFrom");
    private static final Node HARVEST_STATUS = NodeFactory.createURI(SC.NS + "harvestStatus");

    private final CatalogueStore store;
    private final Graph published;
    private final Node qualityPrefix;

    /**
     * @param store the store
     * @param published descriptions served besides those of the store (SlimCat's own catalogue and records)
     * @param iris the IRIs of the store
     */
    public Describer(CatalogueStore store, Graph published, SlimcatIris iris) {
        this.store = store;
        this.published = published;
        this.qualityPrefix = NodeFactory.createLiteralString(iris.qualityTrendGraph().getURI() + "/");
    }

    /** Whether the store (or the published descriptions) has a triple with the resource as subject or object. */
    public boolean knows(Node resource) {
        if (published.contains(resource, Node.ANY, Node.ANY) || published.contains(Node.ANY, Node.ANY, resource)) {
            return true;
        }
        return store.read(dsg -> !KNOWN.select(dsg, Map.of("resource", resource)).isEmpty());
    }

    /** The labels of the resources (skos:prefLabel, rdfs:label, dct:title, foaf:name). */
    public Labels labelsOf(Collection<Node> resources) {
        Labels labels = new Labels();
        store.readWith(dsg -> LABELS.select(dsg, Map.of(), "node", resources)
                .forEach(row -> labels.add(row.get("node"), row.get("p"), row.get("label"))));
        return labels;
    }

    /** The description, or empty when the store has no triple with the resource as subject or object. */
    public Optional<Description> describe(Node resource) {
        return store.read(dsg -> read(dsg, resource));
    }

    private Optional<Description> read(DatasetGraph dsg, Node resource) {
        Graph graph = GraphFactory.createDefaultGraph();
        addClosure(resource, graph, subject -> storedTriples(dsg, subject));
        addClosure(resource, graph, subject -> published.find(subject, Node.ANY, Node.ANY).toList());
        List<Triple> inverse = new ArrayList<>();
        for (Binding row : INVERSE.select(dsg, Map.of("object", resource))) {
            inverse.add(Triple.create(row.get("s"), row.get("p"), resource));
        }
        published.find(Node.ANY, Node.ANY, resource).filterKeep(t -> t.getSubject().isURI()).forEachRemaining(inverse::add);
        if (graph.isEmpty() && inverse.isEmpty()) {
            return Optional.empty();
        }
        inverse.forEach(graph::add);
        Set<Node> types = new LinkedHashSet<>(graph.find(resource, RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject).toList());

        List<QualityFacts> quality = List.of();
        List<Provenance> provenance = provenance(dsg, resource, graph);
        if (types.contains(DCAT.Dataset.asNode()) || types.contains(DCAT.Distribution.asNode())) {
            quality = quality(dsg, resource, graph);
        }
        Labels labels = labels(dsg, resource, graph);
        return Optional.of(new Description(resource, graph, types, inverse, labels, quality, provenance));
    }

    /**
     * Adds the triples of the node and of every blank node reached from it, as {@code triplesOf} gives the
     * triples of one subject.
     */
    private static void addClosure(Node start, Graph graph, Function<Node, List<Triple>> triplesOf) {
        Deque<Node> todo = new ArrayDeque<>(List.of(start));
        Set<Node> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Node subject = todo.pop();
            if (!seen.add(subject)) {
                continue;
            }
            for (Triple t : triplesOf.apply(subject)) {
                graph.add(t);
                if (t.getObject().isBlank()) {
                    todo.push(t.getObject());
                }
            }
        }
    }

    /** The stored triples of one subject. */
    private static List<Triple> storedTriples(DatasetGraph dsg, Node subject) {
        List<Triple> triples = new ArrayList<>();
        for (Binding row : SUBJECT.select(dsg, Map.of("subject", subject))) {
            triples.add(Triple.create(subject, row.get("p"), row.get("o")));
        }
        return triples;
    }

    /** Adds the labels of every IRI the description links (not the resource's own, which it holds already). */
    private Labels labels(DatasetGraph dsg, Node resource, Graph graph) {
        Set<Node> linked = new LinkedHashSet<>();
        graph.find().forEachRemaining(t -> {
            for (Node n : List.of(t.getSubject(), t.getObject())) {
                if (n.isURI() && !n.equals(resource)) {
                    linked.add(n);
                }
            }
        });
        Labels labels = new Labels();
        for (Binding row : LABELS.select(dsg, Map.of(), "node", linked)) {
            graph.add(Triple.create(row.get("node"), row.get("p"), row.get("label")));
            labels.add(row.get("node"), row.get("p"), row.get("label"));
        }
        for (Node n : linked) {
            published.find(n, Node.ANY, Node.ANY).filterKeep(t -> Labels.PROPERTIES.contains(t.getPredicate())).forEachRemaining(t -> {
                graph.add(t);
                labels.add(n, t.getPredicate(), t.getObject());
            });
        }
        graph.find(resource, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (Labels.PROPERTIES.contains(t.getPredicate())) {
                labels.add(resource, t.getPredicate(), t.getObject());
            }
        });
        Set<Node> documents = new LinkedHashSet<>();
        for (Node n : linked) {
            int hash = n.getURI().indexOf('#');
            if (hash > 0 && !labels.has(n)) {
                documents.add(NodeFactory.createURI(n.getURI().substring(0, hash)));
            }
        }
        for (Binding row : LABELS.select(dsg, Map.of(), "node", documents)) {
            labels.add(row.get("node"), row.get("p"), row.get("label"));
        }
        return labels;
    }

    private List<QualityFacts> quality(DatasetGraph dsg, Node record, Graph graph) {
        Map<String, Node> parameters = Map.of("record", record, "qualityPrefix", qualityPrefix);
        Map<Node, List<QualityFacts.Measurement>> measurements = new LinkedHashMap<>();
        for (Binding row : MEASUREMENTS.select(dsg, parameters)) {
            QualityFacts.Measurement m = new QualityFacts.Measurement(row.get("measurement"), row.get("metric"),
                    row.get("value"), row.get("generated"), row.get("run"));
            measurements.computeIfAbsent(row.get("graph"), g -> new ArrayList<>()).add(m);
            graph.add(Triple.create(m.measurement(), RDF.type.asNode(), DQV.QualityMeasurement.asNode()));
            graph.add(Triple.create(m.measurement(), DQV.computedOn.asNode(), record));
            graph.add(Triple.create(m.measurement(), DQV.isMeasurementOf.asNode(), m.metric()));
            graph.add(Triple.create(m.measurement(), DQV.value.asNode(), m.value()));
            graph.add(Triple.create(m.measurement(), PROV.generatedAtTime.asNode(), m.generated()));
            if (m.run() != null) {
                graph.add(Triple.create(m.measurement(), PROV.wasGeneratedBy.asNode(), m.run()));
            }
        }
        Map<Node, Node> reports = new LinkedHashMap<>();
        Map<Node, List<Node>> violations = new LinkedHashMap<>();
        for (Binding row : VIOLATIONS.select(dsg, parameters)) {
            Node qualityGraph = row.get("graph");
            reports.put(qualityGraph, row.get("report"));
            List<Node> results = violations.computeIfAbsent(qualityGraph, g -> new ArrayList<>());
            Node result = row.get("result");
            if (result != null && !results.contains(result)) {
                results.add(result);
            }
        }
        reports.values().forEach(report -> SUBJECT.select(dsg, Map.of("subject", report)).forEach(row -> {
            boolean otherResult = row.get("p").equals(SH_RESULT)
                    && violations.values().stream().noneMatch(list -> list.contains(row.get("o")));
            if (!otherResult) {
                graph.add(Triple.create(report, row.get("p"), row.get("o")));
            }
        }));
        violations.values().forEach(list -> list.forEach(
                result -> addClosure(result, graph, subject -> storedTriples(dsg, subject))));
        Set<Node> graphs = new LinkedHashSet<>(measurements.keySet());
        graphs.addAll(reports.keySet());
        List<QualityFacts> facts = new ArrayList<>();
        for (Node g : graphs) {
            facts.add(new QualityFacts(g, measurements.getOrDefault(g, List.of()), Optional.ofNullable(reports.get(g)),
                    violations.getOrDefault(g, List.of())));
        }
        return facts;
    }

    private static List<Provenance> provenance(DatasetGraph dsg, Node resource, Graph graph) {
        List<Provenance> result = new ArrayList<>();
        for (Binding row : PROVENANCE.select(dsg, Map.of("resource", resource))) {
            Node named = row.get("graph");
            Node load = null;
            Node loadEnded = null;
            for (Binding l : LOADS.select(dsg, Map.of("graph", named))) {
                load = l.get("activity");
                loadEnded = l.get("ended");
            }
            Provenance p = new Provenance(named, row.get("record"), row.get("retrieved"), row.get("page"), row.get("run"),
                    row.get("source"), row.get("started"), row.get("ended"), row.get("status"), load, loadEnded);
            result.add(p);
            if (p.record() != null) {
                graph.add(Triple.create(p.record(), FOAF.primaryTopic.asNode(), resource));
                graph.add(Triple.create(p.record(), PROV.generatedAtTime.asNode(), p.retrieved()));
                graph.add(Triple.create(p.record(), PROV.wasGeneratedBy.asNode(), p.run()));
                if (p.page() != null) {
                    graph.add(Triple.create(p.record(), RETRIEVED_FROM, p.page()));
                }
                addIfPresent(graph, p.run(), PROV.used.asNode(), p.source());
                addIfPresent(graph, p.run(), PROV.startedAtTime.asNode(), p.started());
                addIfPresent(graph, p.run(), PROV.endedAtTime.asNode(), p.ended());
                addIfPresent(graph, p.run(), HARVEST_STATUS, p.status());
            }
        }
        return result;
    }

    private static void addIfPresent(Graph graph, Node s, Node p, Node o) {
        if (o != null) {
            graph.add(Triple.create(s, p, o));
        }
    }
}
