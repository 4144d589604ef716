// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.dqv;

import static be.slimcat.quality.Fixtures.dataset;
import static be.slimcat.quality.Fixtures.distribution;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.slimcat.quality.Conformance;
import be.slimcat.quality.Fixtures;
import be.slimcat.quality.QualityAssessor;
import be.slimcat.quality.QualityInput;
import be.slimcat.quality.RecordAssessment;
import be.slimcat.store.CatalogueStore;
import be.slimcat.store.StoreUnderTest;
import be.slimcat.vocab.SCQ;
import be.slimcat.vocab.SlimcatIris;

/** The bundled queries read the latest figures and the trend back from a real TDB2 store. */
class QualityFiguresTest {
    private static final SlimcatIris IRIS = SlimcatIris.defaults();
    private static final Node QUALITY = IRIS.graph("quality");
    private static final Node RUN_1 = NodeFactory.createURI("https://data.slimcat.be/id/oogst/test-20261121T020000Z");
    private static final Node RUN_2 = NodeFactory.createURI("https://data.slimcat.be/id/oogst/test-20261122T020000Z");
    private static final Instant AT_1 = Instant.parse("2026-11-21T02:00:00Z");
    private static final Instant AT_2 = Instant.parse("2026-11-22T02:00:00Z");

    /** Run 1: no link check, not validated (50 points). Run 2: the URL answers 200, conforming (130 points). */
    private static void storeTwoRuns(CatalogueStore store) {
        Graph record = Fixtures.graph("dqv/small.ttl");
        QualityAssessor assessor = QualityAssessor.bundled();
        RecordAssessment first = assessor.assess(QualityInput.of(record, dataset("meting")));
        RecordAssessment second = assessor.assess(QualityInput.of(record, dataset("meting"))
                .withLinks(Fixtures.allAnswer(record, 200)).withConformance(Conformance.CONFORMS));
        QualityGraphWriter writer = new QualityGraphWriter(IRIS);
        store.addToGraph(QUALITY, writer.graph(List.of(first), new QualityRun(RUN_1, AT_1)));
        store.addToGraph(QUALITY, writer.graph(List.of(second), new QualityRun(RUN_2, AT_2)));
    }

    private static Figure figure(org.apache.jena.rdf.model.Resource metric, Node value, Optional<String> comment) {
        return new Figure(metric.asNode(), value, AT_2, RUN_2, comment);
    }

    private static Node integer(int value) {
        return NodeFactory.createLiteralDT(Integer.toString(value), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
    }

    @Test
    void the_latest_run_gives_the_figures_of_a_dataset(@TempDir Path dir) {
        try (CatalogueStore store = StoreUnderTest.open(dir)) {
            storeTwoRuns(store);
            List<Figure> figures = store.read(ds -> QualityFigures.latest(ds, QUALITY, dataset("meting"), "en"));
            assertEquals(List.of(
                    figure(SCQ.accessibilityScore, integer(50), Optional.empty()),
                    figure(SCQ.contextualityScore, integer(0), Optional.empty()),
                    figure(SCQ.findabilityScore, integer(0), Optional.empty()),
                    figure(SCQ.interoperabilityScore, integer(50), Optional.empty()),
                    figure(SCQ.mqaBand, NodeFactory.createLiteralString("sufficient"), Optional.empty()),
                    figure(SCQ.mqaNotAssessedPoints, integer(0), Optional.empty()),
                    figure(SCQ.mqaScore, integer(130), Optional.empty()),
                    figure(SCQ.reusabilityScore, integer(30), Optional.empty()),
                    figure(SCQ.starRating, integer(1), Optional.of("""
                            Best distribution: https://data.slimcat.be/id/distributie/meting-pdf
                            1★ yes: on the web (https://example.org/meting.pdf answers HTTP 200) under an open licence \
                            (CC BY 4.0, on the distribution)
                            2★ no: format PDF is not structured data (SlimCat's file-type table)
                            3★ no: format PDF is not an open structured format (SlimCat's file-type table)
                            4★ no: format PDF is not RDF (SlimCat's file-type table)
                            5★ no: not RDF, so no links to other people's data"""))), figures);
        }
    }

    @Test
    void the_latest_figures_of_a_distribution_with_reasons_in_dutch(@TempDir Path dir) {
        try (CatalogueStore store = StoreUnderTest.open(dir)) {
            storeTwoRuns(store);
            List<Figure> figures = store.read(ds -> QualityFigures.latest(ds, QUALITY, distribution("meting-pdf"), "nl"));
            assertEquals(1, figures.size());
            assertEquals(SCQ.starRating.asNode(), figures.get(0).metric());
            assertEquals(RUN_2, figures.get(0).run());
            assertEquals("1★ ja: op het web (https://example.org/meting.pdf antwoordt HTTP 200) onder een open licentie "
                    + "(CC BY 4.0, op de distributie)", figures.get(0).comment().orElseThrow().lines().findFirst().orElseThrow());
        }
    }

    @Test
    void the_trend_of_a_metric_over_runs(@TempDir Path dir) {
        try (CatalogueStore store = StoreUnderTest.open(dir)) {
            storeTwoRuns(store);
            List<Figure> trend = store.read(ds -> QualityFigures.trend(ds, QUALITY, dataset("meting"), SCQ.mqaScore));
            assertEquals(List.of(new Figure(SCQ.mqaScore.asNode(), integer(50), AT_1, RUN_1, Optional.empty()),
                    new Figure(SCQ.mqaScore.asNode(), integer(130), AT_2, RUN_2, Optional.empty())), trend);
            assertEquals(List.of(), store.read(ds -> QualityFigures.latest(ds, QUALITY, dataset("onbekend"), "en")));
        }
    }
}
