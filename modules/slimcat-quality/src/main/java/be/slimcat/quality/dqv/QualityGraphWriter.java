// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.dqv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.function.Consumer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import be.slimcat.quality.GroupFigures;
import be.slimcat.quality.RecordAssessment;
import be.slimcat.quality.mqa.MqaDimension;
import be.slimcat.quality.mqa.MqaScore;
import be.slimcat.quality.stars.StarRating;
import be.slimcat.vocab.DQV;
import be.slimcat.vocab.PROV;
import be.slimcat.vocab.SCQ;
import be.slimcat.vocab.SlimcatIris;

/**
 * Writes the results of one run as DQV measurements for the quality graph {@code {base}/graph/quality}.
 * Per dataset: scq:starRating, one scq:*Score per MQA dimension, scq:mqaScore, scq:mqaBand and
 * scq:mqaNotAssessedPoints; per distribution: scq:starRating. Each measurement:
 * <pre>
 * &lt;m&gt; a dqv:QualityMeasurement ; dqv:computedOn &lt;record&gt; ; dqv:isMeasurementOf scq:metric ;
 *     dqv:value "…"^^xsd:integer (xsd:string for the band) ;
 *     prov:generatedAtTime "…"^^xsd:dateTime ; prov:wasGeneratedBy &lt;run&gt; .
 * </pre>
 * Star measurements also carry the reasons as one rdfs:comment per language (nl, en). IRIs come from
 * {@link MeasurementIris}. Records that are blank nodes get no measurements: nothing outside the record
 * graph could refer to them.
 */
public final class QualityGraphWriter {
    private final MeasurementIris iris;

    /** A writer minting IRIs under the given policy. */
    public QualityGraphWriter(SlimcatIris iris) {
        this.iris = new MeasurementIris(iris);
    }

    /** The measurements of many records as one graph. */
    public Graph graph(Collection<RecordAssessment> assessments, QualityRun run) {
        Graph graph = GraphFactory.createDefaultGraph();
        assessments.forEach(a -> write(a, run, graph::add));
        return graph;
    }

    /** Sends the measurements of one record to {@code out}. */
    public void write(RecordAssessment assessment, QualityRun run, Consumer<Triple> out) {
        Node dataset = assessment.dataset();
        if (dataset.isURI()) {
            Node stars = measure(out, run, dataset, SCQ.starRating, integer(assessment.stars().level()));
            comment(out, stars, "nl", StarComments.of(assessment.stars(), "nl"));
            comment(out, stars, "en", StarComments.of(assessment.stars(), "en"));
            MqaScore score = assessment.score();
            for (MqaDimension dimension : MqaDimension.values()) {
                measure(out, run, dataset, dimension.metric(), integer(score.points(dimension)));
            }
            measure(out, run, dataset, SCQ.mqaScore, integer(score.total()));
            measure(out, run, dataset, SCQ.mqaBand, NodeFactory.createLiteralString(score.band().id()));
            measure(out, run, dataset, SCQ.mqaNotAssessedPoints, integer(score.notAssessedPoints()));
        }
        for (StarRating rating : assessment.stars().distributions()) {
            if (rating.subject().isURI()) {
                Node m = measure(out, run, rating.subject(), SCQ.starRating, integer(rating.level()));
                comment(out, m, "nl", StarComments.of(rating, "nl"));
                comment(out, m, "en", StarComments.of(rating, "en"));
            }
        }
    }

    /**
     * Sends the figures of a group (a source, graph, publisher or the catalogue) to {@code out}:
     * scq:assessedDatasets, scq:meanMqaScore, scq:mqaBand (of the mean), scq:meanStarRating and the
     * numbers of findings per severity. Means are xsd:decimal with two decimals.
     */
    public void writeGroup(GroupFigures figures, QualityRun run, Consumer<Triple> out) {
        Node subject = figures.subject();
        measure(out, run, subject, SCQ.assessedDatasets, integer(figures.datasets()));
        measure(out, run, subject, SCQ.meanMqaScore, decimal(figures.meanMqaScore()));
        measure(out, run, subject, SCQ.mqaBand, NodeFactory.createLiteralString(figures.band().id()));
        measure(out, run, subject, SCQ.meanStarRating, decimal(figures.meanStars()));
        measure(out, run, subject, SCQ.violationCount, integer(figures.violations()));
        measure(out, run, subject, SCQ.warningCount, integer(figures.warnings()));
        measure(out, run, subject, SCQ.infoCount, integer(figures.infos()));
    }

    private Node measure(Consumer<Triple> out, QualityRun run, Node record, Resource metric, Node value) {
        Node m = iris.measurement(run.run(), record, metric);
        out.accept(Triple.create(m, RDF.type.asNode(), DQV.QualityMeasurement.asNode()));
        out.accept(Triple.create(m, DQV.computedOn.asNode(), record));
        out.accept(Triple.create(m, DQV.isMeasurementOf.asNode(), metric.asNode()));
        out.accept(Triple.create(m, DQV.value.asNode(), value));
        out.accept(Triple.create(m, PROV.generatedAtTime.asNode(), run.time()));
        out.accept(Triple.create(m, PROV.wasGeneratedBy.asNode(), run.run()));
        return m;
    }

    private static void comment(Consumer<Triple> out, Node measurement, String language, String text) {
        out.accept(Triple.create(measurement, RDFS.comment.asNode(), NodeFactory.createLiteralLang(text, language)));
    }

    private static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    private static Node decimal(double value) {
        return NodeFactory.createLiteralDT(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString(),
                XSDDatatype.XSDdecimal);
    }
}
