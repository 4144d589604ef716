// SPDX-License-Identifier: Apache-2.0
package be.slimcat.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.core.Transactional;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Validates records one by one, in parallel on all cores, with the shapes parsed once. The union of
 * the findings of the records of a graph is exactly what {@link CatalogueValidator#validate} finds
 * for the whole graph: every subject is validated in one record only, and each record holds the
 * triples of the resources it refers to that the shapes read. Thread-safe: {@link #validate} may be
 * called from several threads at once (the harvester validates record by record). The report graph
 * of a record names only the prefixes rdf, rdfs, xsd and sh (they are meant to be stored, not read).
 */
public final class RecordValidator {
    private static final int QUEUE = 1024;

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
        this.splitter = new RecordSplitter(ShapeReach.of(validator.shapesGraph()));
        this.shapes = Shapes.parse(withoutPrefixes(validator.shapesGraph()));
        this.background = validator.background();
        this.reader = validator.reader();
        this.focusShapes = new FocusShapes(shapes, background);
    }

    /** The shapes without their prefixes, which jena-shacl would copy into every record's report. */
    private static Graph withoutPrefixes(Graph shapesGraph) {
        Graph bare = GraphFactory.createDefaultGraph();
        shapesGraph.find().forEachRemaining(bare::add);
        return bare;
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
     * in record order.
     */
    public List<RecordOutcome> validateAll(Graph data, int threads) {
        record Numbered(int index, RecordOutcome outcome) {}
        Queue<Numbered> outcomes = new ConcurrentLinkedQueue<>();
        run(data, threads, null, (index, outcome) -> outcomes.add(new Numbered(index, outcome)));
        return outcomes.stream().sorted(Comparator.comparingInt(Numbered::index)).map(Numbered::outcome).toList();
    }

    /**
     * Validates every record of the graph with the given number of threads and hands each outcome to
     * {@code each} as soon as it is ready, from the validating threads, without keeping it: the memory
     * used does not grow with the number of records. {@code each} must be thread-safe.
     *
     * @return the number of records validated
     */
    public int validateAll(Graph data, int threads, Consumer<RecordOutcome> each) {
        return run(data, threads, null, (index, outcome) -> each.accept(outcome));
    }

    /**
     * As {@link #validateAll(Graph, int, Consumer)} for a graph of a transactional dataset (a TDB2 store),
     * whose transactions belong to one thread: every validating thread reads the graph, and calls
     * {@code each}, inside a read transaction of its own on {@code store}. The calling thread must be in
     * a transaction of {@code store}, and nothing may write to the graph meanwhile.
     */
    public int validateAll(Transactional store, Graph data, int threads, Consumer<RecordOutcome> each) {
        return run(data, threads, store, (index, outcome) -> each.accept(outcome));
    }

    /**
     * The calling thread splits the graph into records and queues them as they are found; the
     * workers build each record's graph, validate it and drop it, each in a read transaction of
     * {@code store} when one is given. The graph must not change meanwhile.
     */
    private int run(Graph data, int threads, Transactional store, IndexedSink sink) {
        if (threads < 1) {
            throw new IllegalArgumentException("Validate with at least one thread, not " + threads);
        }
        List<Triple> subclasses = RecordSplitter.subclassStatements(data);
        BlockingQueue<Queued> queue = new ArrayBlockingQueue<>(QUEUE);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Callable<Void> drain = () -> {
            for (Queued item = queue.take(); item != Queued.END; item = queue.take()) {
                if (failure.get() == null) {
                    try {
                        sink.accept(item.index(), validate(splitter.build(item.slice(), data, subclasses)));
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                    }
                }
            }
            return null;
        };
        Callable<Void> worker = store == null ? drain : () -> {
            store.begin(TxnType.READ);
            try {
                return drain.call();
            } finally {
                store.end();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "slimcat-record-validation");
            t.setDaemon(true);
            return t;
        });
        int[] count = {0};
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                running.add(pool.submit(worker));
            }
            try {
                splitter.split(data, slice -> put(queue, new Queued(count[0]++, slice)));
            } finally {
                for (int i = 0; i < threads; i++) {
                    put(queue, Queued.END);
                }
            }
            for (Future<Void> f : running) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("Record validation failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while validating records", e);
        } finally {
            pool.shutdownNow();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return count[0];
    }

    private static void put(BlockingQueue<Queued> queue, Queued item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while queueing records", e);
        }
    }

    /** A record waiting for a worker, numbered in the order of the split. */
    private record Queued(int index, RecordSplitter.Slice slice) {
        static final Queued END = new Queued(-1, null);
    }

    /** Receives the outcome of the record at an index. */
    @FunctionalInterface
    private interface IndexedSink {
        void accept(int index, RecordOutcome outcome);
    }
}
