// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.ld;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import be.slimcat.store.CatalogueStore;
import be.slimcat.vocab.PROV;
import be.slimcat.vocab.SlimcatIris;

/**
 * Describes a named graph {@code {base}/graph/{name}} (VoID: size, class partitions, data dump), with its
 * quality graph {@code {base}/graph/quality/{name}}, the graph a quality or baseline graph is about, the
 * harvest source of {@code {base}/graph/source/{id}} and the latest load that generated it.
 */
final class GraphDescriber {
    static final String VOID = "http://rdfs.org/ns/void#";
    private static final BoundQuery SIZE = BoundQuery.of("graph-size");
    private static final BoundQuery CLASSES = BoundQuery.of("graph-classes");
    private static final BoundQuery LOADS = BoundQuery.of("graph-loads");
    private static final BoundQuery KNOWN = BoundQuery.of("known");

    private final CatalogueStore store;
    private final SlimcatIris iris;
    private final String prefix;

    GraphDescriber(CatalogueStore store, SlimcatIris iris) {
        this.store = store;
        this.iris = iris;
        this.prefix = iris.base() + "/graph/";
    }

    /** The description, or empty when the graph holds no triples. */
    Optional<GraphDescription> describe(Node graph) {
        return store.read(dsg -> {
            long triples = size(dsg, graph);
            if (triples == 0) {
                return Optional.empty();
            }
            List<GraphDescription.ClassCount> classes = new ArrayList<>();
            for (Binding row : CLASSES.select(dsg, Map.of("graph", graph))) {
                classes.add(new GraphDescription.ClassCount(row.get("class"), number(row.get("entities"))));
            }
            String name = graph.getURI().substring(prefix.length());
            Node quality = null;
            Node data = null;
            if (name.startsWith("quality/") || name.startsWith("baseline/")) {
                data = NodeFactory.createURI(prefix + name.substring(name.indexOf('/') + 1));
            } else if (!name.equals("quality")) {
                Node candidate = iris.qualityGraph(graph);
                quality = size(dsg, candidate) > 0 ? candidate : null;
            }
            Node source = null;
            if (name.startsWith("source/")) {
                Node candidate = NodeFactory.createURI(iris.base() + "/id/bron/" + name.substring("source/".length()));
                source = KNOWN.select(dsg, Map.of("resource", candidate)).isEmpty() ? null : candidate;
            }
            Node load = null;
            Node loadEnded = null;
            for (Binding row : LOADS.select(dsg, Map.of("graph", graph))) {
                load = row.get("activity");
                loadEnded = row.get("ended");
            }
            Node dump = NodeFactory.createURI(iris.base() + "/data?graph=" + URLEncoder.encode(graph.getURI(), StandardCharsets.UTF_8));
            return Optional.of(new GraphDescription(graph, triples, classes, dump, quality, data, source, load, loadEnded));
        });
    }

    /** The description as VoID and PROV triples. */
    static Graph rdf(GraphDescription d) {
        Graph g = GraphFactory.createDefaultGraph();
        Node s = d.graph();
        g.add(Triple.create(s, RDF.type.asNode(), NodeFactory.createURI(VOID + "Dataset")));
        g.add(Triple.create(s, NodeFactory.createURI(VOID + "triples"), integer(d.triples())));
        g.add(Triple.create(s, NodeFactory.createURI(VOID + "dataDump"), d.dump()));
        for (GraphDescription.ClassCount c : d.classes()) {
            Node partition = NodeFactory.createBlankNode();
            g.add(Triple.create(s, NodeFactory.createURI(VOID + "classPartition"), partition));
            g.add(Triple.create(partition, NodeFactory.createURI(VOID + "class"), c.type()));
            g.add(Triple.create(partition, NodeFactory.createURI(VOID + "entities"), integer(c.entities())));
        }
        if (d.qualityGraph() != null) {
            g.add(Triple.create(s, RDFS.seeAlso.asNode(), d.qualityGraph()));
        }
        if (d.dataGraph() != null) {
            g.add(Triple.create(s, NodeFactory.createURI(PROV.NS + "wasDerivedFrom"), d.dataGraph()));
        }
        if (d.source() != null) {
            g.add(Triple.create(s, DCTerms.source.asNode(), d.source()));
        }
        if (d.load() != null) {
            g.add(Triple.create(d.load(), PROV.generated.asNode(), s));
            g.add(Triple.create(d.load(), PROV.endedAtTime.asNode(), d.loadEnded()));
        }
        return g;
    }

    private static long size(DatasetGraph dsg, Node graph) {
        return SIZE.select(dsg, Map.of("graph", graph)).stream().findFirst().map(r -> number(r.get("triples"))).orElse(0L);
    }

    private static long number(Node literal) {
        return ((Number) literal.getLiteralValue()).longValue();
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
