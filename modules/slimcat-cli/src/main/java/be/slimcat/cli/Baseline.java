// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import be.slimcat.vocab.BundledQuery;
import be.slimcat.vocab.SCQ;

/**
 * The findings an operator accepted for a source or loaded graph, kept in its baseline graph
 * {@code {base}/graph/baseline/{name}} as {@code [] a scq:AcceptedFinding ; scq:findingKey "…" ;
 * rdfs:label "…" ; dct:created "…"^^xsd:dateTime}. Nightly reports show only what is not in it.
 *
 * @param accepted the label of every accepted finding, by key (empty when none was accepted)
 */
record Baseline(Map<String, String> accepted) {
    private static final Query ACCEPTED = BundledQuery.load(Baseline.class, "queries/baseline.rq");
    private static final Query STORED = BundledQuery.load(Baseline.class, "queries/stored-findings.rq");

    Baseline {
        accepted = Map.copyOf(accepted);
    }

    /** The baseline in a graph; call in a read transaction. */
    static Baseline read(DatasetGraph dataset, Node baselineGraph) {
        Map<String, String> accepted = new LinkedHashMap<>();
        QueryExec.dataset(dataset).query(ACCEPTED).substitution("baselineGraph", baselineGraph).select()
                .forEachRemaining(row -> accepted.put(row.get("key").getLiteralLexicalForm(),
                        row.get("label") == null ? "" : row.get("label").getLiteralLexicalForm()));
        return new Baseline(accepted);
    }

    /** The findings of the latest stored reports of a quality graph, as a baseline; call in a read transaction. */
    static Baseline ofStoredFindings(DatasetGraph dataset, Node qualityGraph) {
        Map<String, String> accepted = new LinkedHashMap<>();
        Graph reports = dataset.getGraph(qualityGraph);
        QueryExec.dataset(dataset).query(STORED).substitution("qualityGraph", qualityGraph).select()
                .forEachRemaining(row -> {
                    FindingKey key = FindingKey.of(reports, row.get("result"), row.get("record"));
                    accepted.put(key.digest(), key.label());
                });
        return new Baseline(accepted);
    }

    /** Whether the operator accepted anything. */
    boolean isEmpty() {
        return accepted.isEmpty();
    }

    /** The baseline as a graph to store, each finding accepted at the given time. */
    Graph toGraph(Instant created) {
        Graph graph = GraphFactory.createDefaultGraph();
        Node time = NodeFactory.createLiteralDT(created.toString(), XSDDatatype.XSDdateTime);
        accepted.forEach((key, label) -> {
            Node finding = NodeFactory.createBlankNode();
            graph.add(finding, RDF.type.asNode(), SCQ.AcceptedFinding.asNode());
            graph.add(finding, SCQ.findingKey.asNode(), NodeFactory.createLiteralString(key));
            graph.add(finding, RDFS.label.asNode(), NodeFactory.createLiteralString(label));
            graph.add(finding, DCTerms.created.asNode(), time);
        });
        return graph;
    }
}
