// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.dqv;

import static be.slimcat.quality.Fixtures.dataset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

import be.slimcat.quality.Fixtures;
import be.slimcat.quality.QualityAssessor;
import be.slimcat.quality.QualityInput;
import be.slimcat.quality.RecordAssessment;
import be.slimcat.vocab.DQV;
import be.slimcat.vocab.SCQ;
import be.slimcat.vocab.SlimcatIris;

/** The shape of the quality graph: exact triples for one small record, and the IRI rules. */
class QualityGraphWriterTest {
    static final Node RUN = NodeFactory.createURI("https://data.slimcat.be/id/oogst/test-20261122T020000Z");
    static final QualityRun RUN_AT = new QualityRun(RUN, Instant.parse("2026-11-22T02:00:00.750Z"));
    private static final QualityGraphWriter WRITER = new QualityGraphWriter(SlimcatIris.defaults());

    static RecordAssessment small() {
        return QualityAssessor.bundled().assess(QualityInput.of(Fixtures.graph("dqv/small.ttl"), dataset("meting")));
    }

    @Test
    void one_record_gives_exactly_the_expected_measurements() {
        Graph actual = WRITER.graph(List.of(small()), RUN_AT);
        Graph expected = Fixtures.graph("dqv/small-expected.ttl");
        assertEquals(64, actual.size());
        assertTrue(expected.isIsomorphicWith(actual), () -> "expected:\n" + turtle(expected) + "\nactual:\n" + turtle(actual));
    }

    @Test
    void measurement_iris_depend_on_run_record_and_metric_only() {
        MeasurementIris iris = new MeasurementIris(SlimcatIris.defaults());
        Node record = dataset("meting");
        assertEquals("https://data.slimcat.be/id/meting/d51f7edc0d7f32c960399d7a-mqaScore",
                iris.measurement(RUN, record, SCQ.mqaScore).getURI());
        assertEquals(iris.measurement(RUN, record, SCQ.mqaScore), iris.measurement(RUN, record, SCQ.mqaScore));
        Node otherRun = NodeFactory.createURI("https://data.slimcat.be/id/oogst/test-20261123T020000Z");
        assertFalse(iris.measurement(otherRun, record, SCQ.mqaScore).equals(iris.measurement(RUN, record, SCQ.mqaScore)));
        assertEquals("https://data.example.org/id/meting/d51f7edc0d7f32c960399d7a-starRating",
                new MeasurementIris(SlimcatIris.withBase("https://data.example.org")).measurement(RUN, record, SCQ.starRating)
                        .getURI());
    }

    @Test
    void two_runs_never_share_a_measurement() {
        Graph first = WRITER.graph(List.of(small()), RUN_AT);
        Graph second = WRITER.graph(List.of(small()),
                new QualityRun(NodeFactory.createURI("https://data.slimcat.be/id/oogst/test-20261123T020000Z"),
                        Instant.parse("2026-11-23T02:00:00Z")));
        Set<Node> measurements = new HashSet<>();
        first.find(Node.ANY, DQV.computedOn.asNode(), Node.ANY).forEachRemaining(t -> measurements.add(t.getSubject()));
        second.find(Node.ANY, DQV.computedOn.asNode(), Node.ANY).forEachRemaining(t -> assertFalse(measurements.contains(t.getSubject())));
        assertEquals(10, measurements.size());
    }

    @Test
    void blank_node_records_get_no_measurements() {
        Graph graph = Fixtures.graph("dqv/blank.ttl");
        List<RecordAssessment> records = QualityAssessor.datasets(graph).stream()
                .map(d -> QualityAssessor.bundled().assess(QualityInput.of(graph, d))).toList();
        Graph quality = WRITER.graph(records, RUN_AT);
        assertEquals(9, quality.find(Node.ANY, DQV.computedOn.asNode(), Node.ANY).toList().size());
        assertEquals(List.of(), quality.find().filterKeep(t -> t.getSubject().isBlank() || t.getObject().isBlank()).toList());
    }

    private static String turtle(Graph graph) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, graph, Lang.TURTLE);
        return out.toString();
    }
}
