// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.atlas.lib.Lib;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.store.FSDirectory;

import be.slimcat.store.patch.PatchLog;
import be.slimcat.store.patch.PatchRecordingDataset;
import be.slimcat.store.remote.RemoteDatasetGraph;
import be.slimcat.store.remote.RemoteService;
import be.slimcat.vocab.BundledQuery;

/**
 * The catalogue store: one named graph per source (the vocabulary, the inventory, the examples, each
 * harvested source, quality results, harvest provenance) and a Lucene text index. Queries see the union of
 * all named graphs as their default graph. Every change runs in one transaction: readers never see half of it.
 * <p>
 * The data is either in a TDB2 database on local disk ({@link #open(Path)}, the default) or in a remote
 * SPARQL 1.1 service ({@link #connect(RemoteService, Path, String)}), such as a clustered store an
 * organisation already runs; the text index and the harvests' working files stay on local disk.
 */
public final class CatalogueStore implements AutoCloseable {
    private static final Query HAS_QUADS = BundledQuery.load(CatalogueStore.class, "has-quads.rq");

    private final Path directory;
    private final DatasetGraph database;
    private final CompactionGate dataset;
    private final PatchLog patchLog;

    private CatalogueStore(Path directory, DatasetGraph database, CompactionGate dataset, PatchLog patchLog) {
        this.directory = directory;
        this.database = database;
        this.dataset = dataset;
        this.patchLog = patchLog;
    }

    /**
     * Opens the store in {@code directory} (TDB2 in {@code tdb2/}, the text index in {@code lucene/}),
     * creating it when it does not exist. When the store has a patch log, every committed change is
     * recorded in it.
     *
     * @throws StoreUnavailableException when the directory cannot be used
     */
    public static CatalogueStore open(Path directory) {
        return open(directory, false);
    }

    /**
     * Opens the store as {@link #open(Path)} does; with {@code startPatchLog}, first starts a patch log
     * ({@code patches/}) when the store has none, whose first patch holds the data already stored. From
     * then on every opening of the store records its committed changes, for read replicas.
     *
     * @throws StoreUnavailableException when the directory or its patch log cannot be used
     */
    public static CatalogueStore open(Path directory, boolean startPatchLog) {
        DatasetGraph tdb = null;
        DatasetGraph text = null;
        try {
            Files.createDirectories(directory);
            if (!Files.isWritable(directory)) {
                throw new IOException("not writable");
            }
            tdb = DatabaseMgr.connectDatasetGraph(directory.resolve("tdb2").toString());
            tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
            text = withTextIndex(tdb, directory);
            PatchLog log = startPatchLog ? PatchLog.start(directory, text)
                    : PatchLog.existsIn(directory) ? PatchLog.open(directory, text) : null;
            DatasetGraph served = log == null ? text : PatchRecordingDataset.recording(text, log);
            return new CatalogueStore(directory, tdb, new CompactionGate(served), log);
        } catch (IOException | RuntimeException e) {
            if (e instanceof StoreUnavailableException s) {
                throw s;
            }
            if (text != null) {
                text.close();
                TDBInternal.expel(tdb);
            }
            throw new StoreUnavailableException("Cannot open the store at " + directory + ": " + reason(e)
                    + " (check the path and its permissions, and that no other SlimCat process uses it)", e);
        }
    }

    /**
     * Connects to the catalogue held by a remote SPARQL service; {@code directory} keeps the text index and
     * the working files of harvests. Only the graphs whose names start with {@code graphNamespace} are
     * listed as the catalogue's. Nothing is sent to the service until the store is used.
     *
     * @throws StoreUnavailableException when the directory cannot be used
     */
    public static CatalogueStore connect(RemoteService service, Path directory, String graphNamespace) {
        try {
            Files.createDirectories(directory);
            DatasetGraph remote = new RemoteDatasetGraph(service, graphNamespace);
            return new CatalogueStore(directory, remote, new CompactionGate(withTextIndex(remote, directory)), null);
        } catch (IOException | RuntimeException e) {
            throw new StoreUnavailableException("Cannot use " + directory + " for the text index of the remote store: "
                    + reason(e) + " (check the path and its permissions)", e);
        }
    }

    /** The dataset with the Lucene text index in {@code directory/lucene}, kept up to date by every change. */
    private static DatasetGraph withTextIndex(DatasetGraph data, Path directory) throws IOException {
        FSDirectory lucene = FSDirectory.open(directory.resolve("lucene"));
        TextIndex index = TextDatasetFactory.createLuceneIndex(lucene, TextIndexDefinition.config());
        DatasetGraph text = TextDatasetFactory.create(data, index, true, new CatalogueTextDocProducer(index));
        // text:query finds the index in the context, also through the wrappers around the text dataset
        text.getContext().set(TextQuery.textIndex, index);
        return text;
    }

    private static String reason(Exception e) {
        return e.getMessage() != null ? e.getMessage() : Lib.className(e);
    }

    /** The directory of the store (of its text index and working files, when the data is remote). */
    public Path directory() {
        return directory;
    }

    /** The remote service holding the data, when the store is not the embedded TDB2 database. */
    public Optional<RemoteService> remote() {
        return database instanceof RemoteDatasetGraph r ? Optional.of(r.service()) : Optional.empty();
    }

    /** Where the data is, for messages: the directory or the remote service. */
    public String location() {
        return remote().map(r -> "remote store " + r).orElse(directory.toString());
    }

    /** The patch log recording every committed change, when the store has one. */
    public Optional<PatchLog> patchLog() {
        return Optional.ofNullable(patchLog);
    }

    /** The dataset, for serving (queries must run in a transaction). */
    public DatasetGraph dataset() {
        return dataset;
    }

    /** True when no named graph of the catalogue holds any triple. */
    public boolean isEmpty() {
        return Txn.calculateRead(dataset, () -> !dataset.listGraphNodes().hasNext());
    }

    /** Replaces the named graph with the data in one transaction; returns its new size. */
    public GraphSummary replaceGraph(Node graphName, Graph data) {
        return replaceGraph(graphName, data.find());
    }

    /**
     * Replaces the named graph with the triples, read as they come, in one transaction: readers see the
     * old graph until the transaction commits, and the old graph stays when reading the triples fails.
     */
    public GraphSummary replaceGraph(Node graphName, Iterator<Triple> triples) {
        return Txn.calculateWrite(dataset, () -> {
            dataset.deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
            triples.forEachRemaining(t -> dataset.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
            return new GraphSummary(graphName, count(graphName));
        });
    }

    /** Adds the data to the named graph in one transaction; returns its new size. */
    public GraphSummary addToGraph(Node graphName, Graph data) {
        return Txn.calculateWrite(dataset, () -> {
            data.find().forEachRemaining(t -> dataset.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
            return new GraphSummary(graphName, count(graphName));
        });
    }

    /** Every named graph with its size, sorted by name. */
    public List<GraphSummary> graphs() {
        return Txn.calculateRead(dataset, () -> {
            List<GraphSummary> result = new ArrayList<>();
            dataset.listGraphNodes().forEachRemaining(g -> result.add(new GraphSummary(g, count(g))));
            result.sort((a, b) -> a.graph().getURI().compareTo(b.graph().getURI()));
            return result;
        });
    }

    /** True when the store has a named graph of that name with at least one triple. */
    public boolean containsGraph(Node graphName) {
        return Txn.calculateRead(dataset, () -> QueryExec.dataset(dataset).query(HAS_QUADS).substitution("g", graphName).ask());
    }

    /**
     * Runs the function in one write transaction: all of its changes are committed, or none when it
     * throws. Readers see the store as it was until the commit.
     */
    public <T> T write(Function<DatasetGraph, T> writer) {
        return Txn.calculateWrite(dataset, () -> writer.apply(dataset));
    }

    /** Runs the function in a read transaction. */
    public <T> T read(Function<DatasetGraph, T> reader) {
        return Txn.calculateRead(dataset, () -> reader.apply(dataset));
    }

    /** Runs the action in a read transaction. */
    public void readWith(Consumer<DatasetGraph> reader) {
        Txn.executeRead(dataset, () -> reader.accept(dataset));
    }

    /**
     * Writes one named graph (triples syntax) or, with {@code graphName} null, every named graph
     * (a quads syntax is required then).
     */
    public void export(Node graphName, Lang lang, OutputStream out) {
        Txn.executeRead(dataset, () -> {
            if (graphName == null) {
                // The catalogue's graphs only: a remote service may keep graphs of its own
                DatasetGraph catalogue = DatasetGraphFactory.createGeneral();
                catalogue.prefixes().putAll(dataset.prefixes());
                dataset.listGraphNodes().forEachRemaining(g -> catalogue.addGraph(g, dataset.getGraph(g)));
                RDFDataMgr.write(out, catalogue, format(lang));
            } else {
                Graph graph = dataset.getGraph(graphName);
                RDFDataMgr.write(out, graph, format(lang));
            }
        });
    }

    private static RDFFormat format(Lang lang) {
        if (RDFLanguages.TURTLE.equals(lang) || RDFLanguages.TRIG.equals(lang)) {
            return RDFLanguages.TURTLE.equals(lang) ? RDFFormat.TURTLE_BLOCKS : RDFFormat.TRIG_BLOCKS;
        }
        if (RDFLanguages.NTRIPLES.equals(lang)) {
            return RDFFormat.NTRIPLES;
        }
        if (RDFLanguages.NQUADS.equals(lang)) {
            return RDFFormat.NQUADS;
        }
        if (RDFLanguages.RDFXML.equals(lang)) {
            return RDFFormat.RDFXML_PLAIN;
        }
        if (RDFLanguages.JSONLD.equals(lang)) {
            return RDFFormat.JSONLD;
        }
        return new RDFFormat(lang);
    }

    private long count(Node graphName) {
        return GraphSummary.of(dataset, graphName).triples();
    }

    /**
     * The version of the data the current thread's transaction sees: equal versions mean equal data, and
     * every committed change (and a compaction) gives a new one. Call inside a transaction. For a remote
     * store, only the changes made through this store count: others writing the same graphs go unseen.
     */
    public Version version() {
        if (database instanceof RemoteDatasetGraph remote) {
            return new Version(remote, remote.commits());
        }
        DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(database);
        return new Version(storage, storage.getTxnSystem().getThreadTransaction().getDataVersion());
    }

    /** A version of the stored data: the storage (replaced by a compaction) and its data version. */
    public record Version(Object storage, long dataVersion) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Version v && v.storage == storage && v.dataVersion == dataVersion;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(storage) * 31 + Long.hashCode(dataVersion);
        }
    }

    /**
     * Compacts the database so that disk use stays bounded (TDB2 keeps the old versions of replaced
     * data until compaction). It starts when the transactions under way have ended; transactions that begin
     * meanwhile wait until it is done (see {@link CompactionGate}). Returns the bytes on disk before and after;
     * nothing for a remote store, which the service manages.
     */
    public Optional<Compaction> compact() {
        if (remote().isPresent()) {
            return Optional.empty();
        }
        Path tdb = directory.resolve("tdb2");
        return Optional.of(dataset.closed(() -> {
            long before = sizeOf(tdb);
            DatabaseMgr.compact(database, true);
            return new Compaction(before, sizeOf(tdb));
        }));
    }

    /** Disk use of the database before and after a compaction, in bytes. */
    public record Compaction(long bytesBefore, long bytesAfter) {}

    private static long sizeOf(Path dir) {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot measure " + dir, e);
        }
    }

    /** Closes the text index and releases the database. */
    @Override
    public void close() {
        dataset.close();
        if (remote().isEmpty()) {
            TDBInternal.expel(database);
        }
    }
}
