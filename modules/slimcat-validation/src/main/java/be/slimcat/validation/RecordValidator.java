// SPDX-License-Identifier: Apache-2.0
package be.slimcat.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;

/**
 * Validates records one by one, in parallel on all cores, with the shapes parsed once. The union of
 * the findings of the records of a graph is exactly what {@link CatalogueValidator#validate} finds
 * for the whole graph: every subject is validated in one record only, and each record holds the
 * triples of the resources it refers to that the shapes read. Thread-safe: {@link #validate} may be
 * called from several threads at once (the harvester validates record by record).
 */
public final class RecordValidator {
    private final Shapes shapes;
    private final Graph background;
    private final FindingReader reader;
    private final FocusShapes focusShapes;
    private final RecordSplitter splitter;

    /**
     * A per-record validator with the shapes and background of the given validator.
     *
     * @throws UnsupportedShapesException when the shapes use a feature per-record validation cannot
     *                                    reproduce exactly (inverse paths, focus nodes that are not subjects ...)
     */
    public RecordValidator(CatalogueValidator validator) {
        this.shapes = validator.shapes();
        this.background = validator.background();
        this.reader = validator.reader();
        this.focusShapes = new FocusShapes(shapes, background);
        this.splitter = new RecordSplitter(ShapeReach.of(validator.shapesGraph()));
    }

    /** Validates one record: its subjects as focus nodes, its graph read with the background. */
    public RecordOutcome validate(ValidationRecord record) {
        Graph graph = new DataWithBackground(record.graph(), background);
        boolean statesSubclasses = FocusShapes.statesSubclasses(record.graph());
        ValidationContext context = ValidationContext.create(shapes, graph);
        for (Node subject : record.subjects()) {
            for (Shape shape : focusShapes.of(subject, graph, statesSubclasses)) {
                VLib.validateShape(context, graph, shape, subject);
            }
        }
        return new RecordOutcome(record.root(), reader.outcome(context.generateReport()));
    }

    /** The records of a graph, each built when the stream reaches it; the graph must not change meanwhile. */
    public Stream<ValidationRecord> records(Graph data) {
        List<Triple> subclasses = RecordSplitter.subclassStatements(data);
        return splitter.split(data).stream().map(slice -> splitter.build(slice, data, subclasses));
    }

    /** Validates every record of the graph on all available cores; one outcome per record, in record order. */
    public List<RecordOutcome> validateAll(Graph data) {
        return validateAll(data, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Validates every record of the graph with the given number of threads; one outcome per record,
     * in record order. Each record's graph is built by the thread that validates it and dropped after.
     */
    public List<RecordOutcome> validateAll(Graph data, int threads) {
        List<Triple> subclasses = RecordSplitter.subclassStatements(data);
        List<RecordSplitter.Slice> slices = splitter.split(data);
        RecordOutcome[] outcomes = new RecordOutcome[slices.size()];
        AtomicInteger next = new AtomicInteger();
        Callable<Void> worker = () -> {
            for (int i = next.getAndIncrement(); i < outcomes.length; i = next.getAndIncrement()) {
                outcomes[i] = validate(splitter.build(slices.get(i), data, subclasses));
            }
            return null;
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "slimcat-record-validation");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                running.add(pool.submit(worker));
            }
            for (Future<Void> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while validating records", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Record validation failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return List.of(outcomes);
    }
}
