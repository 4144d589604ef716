// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.RDF;

import be.slimcat.quality.dqv.MeasurementIris;
import be.slimcat.quality.dqv.QualityRun;
import be.slimcat.validation.RecordOutcome;
import be.slimcat.vocab.PROV;
import be.slimcat.vocab.SCQ;

/**
 * A record's SHACL report as it is stored in the quality graph: the report gets an IRI
 * ({@link MeasurementIris#validationReport}), says which record it validates and which run made it when,
 * and each result carries its {@link FindingKey} for the baseline:
 * <pre>
 * &lt;{base}/id/validatierapport/{hash}&gt; a sh:ValidationReport ; sh:conforms false ;
 *     scq:validates &lt;record&gt; ; prov:wasGeneratedBy &lt;run&gt; ; prov:generatedAtTime "…"^^xsd:dateTime ;
 *     sh:result [ a sh:ValidationResult ; sh:focusNode … ; sh:resultPath … ; scq:findingKey "…" ] .
 * </pre>
 */
final class StoredValidationReport {
    private final MeasurementIris iris;

    StoredValidationReport(MeasurementIris iris) {
        this.iris = iris;
    }

    /** Sends the stored form of the record's report to {@code out} and each finding's key to {@code keys}. */
    void write(RecordOutcome outcome, QualityRun run, Consumer<Triple> out, Consumer<FindingKey> keys) {
        Graph report = outcome.outcome().reportGraph();
        Node blank = report.find(Node.ANY, RDF.type.asNode(), SHACL.ValidationReport).nextOptional()
                .map(Triple::getSubject).orElseThrow(() -> new IllegalStateException(
                        "jena-shacl gave no sh:ValidationReport for " + outcome.record()));
        Node named = iris.validationReport(run.run(), outcome.record());
        report.find().forEachRemaining(t -> out.accept(Triple.create(rename(t.getSubject(), blank, named),
                t.getPredicate(), rename(t.getObject(), blank, named))));
        out.accept(Triple.create(named, SCQ.validates.asNode(), outcome.record()));
        out.accept(Triple.create(named, PROV.wasGeneratedBy.asNode(), run.run()));
        out.accept(Triple.create(named, PROV.generatedAtTime.asNode(), run.time()));
        report.find(blank, SHACL.result, Node.ANY).forEachRemaining(t -> {
            FindingKey key = FindingKey.of(report, t.getObject(), outcome.record());
            out.accept(Triple.create(t.getObject(), SCQ.findingKey.asNode(), NodeFactory.createLiteralString(key.digest())));
            keys.accept(key);
        });
    }

    private static Node rename(Node node, Node from, Node to) {
        return node.equals(from) ? to : node;
    }
}
