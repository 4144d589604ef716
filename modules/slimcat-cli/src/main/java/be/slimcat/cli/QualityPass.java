// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.apache.jena.atlas.iterator.IteratorCloseable;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.system.AsyncParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.slimcat.quality.Conformance;
import be.slimcat.quality.GroupFigures;
import be.slimcat.quality.GroupTally;
import be.slimcat.quality.LinkStatuses;
import be.slimcat.quality.QualityAssessor;
import be.slimcat.quality.QualityInput;
import be.slimcat.quality.RecordAssessment;
import be.slimcat.quality.dqv.MeasurementIris;
import be.slimcat.quality.dqv.QualityGraphWriter;
import be.slimcat.quality.dqv.QualityRun;
import be.slimcat.store.CatalogueStore;
import be.slimcat.validation.CatalogueValidator;
import be.slimcat.validation.RecordOutcome;
import be.slimcat.validation.RecordValidator;
import be.slimcat.validation.Severity;
import be.slimcat.vocab.SlimcatIris;

/**
 * Validates and scores every record of a stored graph after it changed, in parallel, and stores the
 * results as linked data:
 * <ul>
 * <li>the target's quality graph ({@code {base}/graph/quality/{name}}) is replaced, in one transaction,
 * by each record's {@link StoredValidationReport} and each dataset's DQV measurements (stars, MQA);</li>
 * <li>the figures of the target and of each publisher (an IRI) of its datasets are added to the trend
 * graph {@code {base}/graph/quality}, so every run stays queryable.</li>
 * </ul>
 * Workers read the store in read transactions of their own; the results are staged in an RDF Thrift
 * file (blank node labels kept, so reports still point at the stored blank nodes) and written at the
 * end: memory does not grow with the number of records. Findings are compared with the target's
 * {@link Baseline}.
 */
final class QualityPass {
    private static final Logger LOG = LoggerFactory.getLogger(QualityPass.class);
    private static final int READ_AHEAD_CHUNK = 10_000;
    private static final int READ_AHEAD_CHUNKS = 4;

    /**
     * The outcome of a pass.
     *
     * @param target     what was assessed
     * @param records    the number of records validated
     * @param figures    the figures of the whole target
     * @param publishers the figures per publisher, by IRI
     * @param baseline   the comparison of the findings with the baseline
     */
    record Result(QualityTarget target, int records, GroupFigures figures, List<GroupFigures> publishers,
            BaselineComparison.Outcome baseline) {}

    private final CatalogueStore store;
    private final SlimcatIris iris;
    private final RecordValidator validator;
    private final QualityAssessor assessor;
    private final int threads;

    QualityPass(CatalogueStore store, SlimcatIris iris, RecordValidator validator, QualityAssessor assessor, int threads) {
        this.store = store;
        this.iris = iris;
        this.validator = validator;
        this.assessor = assessor;
        this.threads = threads;
    }

    /** A pass with SlimCat's bundled shapes and quality rules, on all cores. */
    static QualityPass bundled(CatalogueStore store, SlimcatIris iris) {
        return new QualityPass(store, iris, new RecordValidator(CatalogueValidator.bundled(iris)), QualityAssessor.bundled(),
                Runtime.getRuntime().availableProcessors());
    }

    /** Validates and scores the target's records, stores the results, and reports the figures. */
    Result run(QualityTarget target, QualityRun run, LinkStatuses links) {
        long start = System.nanoTime();
        Baseline baseline = store.read(dsg -> Baseline.read(dsg, target.baselineGraph()));
        BaselineComparison comparison = new BaselineComparison(baseline);
        GroupTally whole = new GroupTally();
        Map<Node, GroupTally> publishers = new ConcurrentHashMap<>();
        StoredValidationReport reports = new StoredValidationReport(new MeasurementIris(iris));
        QualityGraphWriter measurements = new QualityGraphWriter(iris);
        Path staging = createStaging();
        int records;
        try {
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(staging))) {
                StreamRDF writer = StreamRDFWriter.getWriterStream(file, RDFFormat.RDF_THRIFT);
                writer.start();
                Consumer<Triple> out = t -> {
                    synchronized (writer) {
                        writer.triple(t);
                    }
                };
                records = store.read(dsg -> {
                    Graph data = dsg.getGraph(target.dataGraph());
                    return validator.validateAll(dsg, data, threads, outcome -> {
                        reports.write(outcome, run, out, comparison::add);
                        assess(data, outcome, links).ifPresentOrElse(assessment -> {
                            measurements.write(assessment, run, out);
                            count(whole, outcome, assessment);
                            publisher(data, outcome.record()).ifPresent(p ->
                                    count(publishers.computeIfAbsent(p, k -> new GroupTally()), outcome, assessment));
                        }, () -> count(whole, outcome, null));
                    });
                });
                writer.finish();
            }
            LOG.info("{}: validated {} record(s) in {} ms; storing the results", target.name(), records,
                    (System.nanoTime() - start) / 1_000_000);
            IteratorCloseable<Triple> triples = staged(staging);
            try {
                store.replaceGraph(target.qualityGraph(), triples);
            } finally {
                triples.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stage the quality results in " + staging, e);
        } finally {
            delete(staging);
        }
        GroupFigures figures = whole.figures(target.subject());
        List<GroupFigures> byPublisher = new ArrayList<>();
        publishers.forEach((p, tally) -> byPublisher.add(tally.figures(p)));
        byPublisher.sort((a, b) -> a.subject().getURI().compareTo(b.subject().getURI()));
        Graph trend = GraphFactory.createDefaultGraph();
        measurements.writeGroup(figures, run, trend::add);
        byPublisher.forEach(p -> measurements.writeGroup(p, run, trend::add));
        store.addToGraph(iris.qualityTrendGraph(), trend);
        LOG.info("{}: validated {} record(s), scored {} dataset(s) and stored the results in {} ms", target.name(), records,
                figures.datasets(), (System.nanoTime() - start) / 1_000_000);
        return new Result(target, records, figures, List.copyOf(byPublisher), comparison.outcome());
    }

    private Optional<RecordAssessment> assess(Graph data, RecordOutcome outcome, LinkStatuses links) {
        if (!data.contains(outcome.record(), RDF.type.asNode(), DCAT.Dataset.asNode())) {
            return Optional.empty();
        }
        Conformance conformance = outcome.outcome().hasNoViolations() ? Conformance.CONFORMS : Conformance.VIOLATES;
        return Optional.of(assessor.assess(QualityInput.of(data, outcome.record()).withConformance(conformance)
                .withLinks(links)));
    }

    private static void count(GroupTally tally, RecordOutcome outcome, RecordAssessment assessment) {
        if (assessment != null) {
            tally.dataset(assessment);
        }
        tally.findings(outcome.outcome().count(Severity.VIOLATION), outcome.outcome().count(Severity.WARNING),
                outcome.outcome().count(Severity.INFO));
    }

    private static Optional<Node> publisher(Graph data, Node dataset) {
        return data.find(dataset, DCTerms.publisher.asNode(), Node.ANY).toList().stream()
                .map(Triple::getObject).filter(Node::isURI).findFirst();
    }

    private Path createStaging() {
        try {
            Path dir = store.directory().resolve("staging");
            Files.createDirectories(dir);
            return Files.createTempFile(dir, "quality-", ".trdf");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a staging file for the quality results", e);
        }
    }

    /** The staged triples, read back as they come with the blank node labels as they were written. Close when done. */
    private static IteratorCloseable<Triple> staged(Path staging) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(staging), 1 << 16);
        return AsyncParser.of(in, Lang.RDFTHRIFT, null).setChunkSize(READ_AHEAD_CHUNK).setQueueSize(READ_AHEAD_CHUNKS)
                .mutateSources(parser -> parser.labelToNode(LabelToNode.createUseLabelAsGiven()))
                .asyncParseTriples();
    }

    private static void delete(Path staging) {
        try {
            Files.deleteIfExists(staging);
        } catch (IOException e) {
            LOG.warn("Could not delete the staging file {}: {}", staging, e.getMessage());
        }
    }
}
