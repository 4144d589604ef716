// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.atlas.iterator.IteratorCloseable;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.AsyncParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;

/**
 * Collects what a harvest run delivers without holding the records in memory: each record's
 * triples, followed by its dcat:CatalogRecord, go to a gzip'd N-Triples file, and only its
 * identifier, content digest, page and triple count stay in memory. A record identifier seen twice
 * keeps its first record and is reported.
 */
public final class StagedRecords implements RecordSink, AutoCloseable {
    /**
     * Triples parsed ahead of the store while reading back: chunks of this size, this many chunks. Jena's
     * default (10 chunks of 100,000) holds a million triples, some 200 MB, whenever the store is slower.
     */
    private static final int READ_AHEAD_CHUNK = 10_000;
    private static final int READ_AHEAD_CHUNKS = 4;

    /** The most problems kept with their details; the rest are only counted. */
    public static final int MAX_PROBLEMS_KEPT = 10_000;

    /**
     * What is remembered of a staged record: some 40 bytes besides its identifier.
     *
     * @param digestHigh the first 64 bits of its content digest
     * @param digestLow  the next 64 bits of its content digest
     * @param page       the page it was read from
     * @param triples    how many triples it has in the staging file, its catalogue record included
     */
    public record Staged(long digestHigh, long digestLow, URI page, int triples) {
        Staged(RecordDigest digest, URI page, int triples) {
            this(digest.high(), digest.low(), page, triples);
        }

        /** Its content digest. */
        public RecordDigest digest() {
            return new RecordDigest(digestHigh, digestLow);
        }
    }

    private final String sourceId;
    private final CatalogRecords catalogRecords;
    private final Path file;
    private final OutputStream out;
    private final StreamRDF writer;
    private final Map<String, Staged> records = new LinkedHashMap<>();
    private final List<RecordProblem> problems = new ArrayList<>();
    private final List<URI> pagesRead = new ArrayList<>();
    private final Map<URI, String> pagesLost = new LinkedHashMap<>();
    private long problemCount;
    private long rejectedCount;
    private boolean finished;

    public StagedRecords(String sourceId, Path directory, CatalogRecords catalogRecords) {
        this.sourceId = sourceId;
        this.catalogRecords = catalogRecords;
        try {
            Files.createDirectories(directory);
            this.file = Files.createTempFile(directory, "harvest-" + sourceId + "-", ".nt.gz");
            this.out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file)), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a staging file in " + directory, e);
        }
        this.writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NTRIPLES);
        this.writer.start();
    }

    @Override
    public synchronized void record(HarvestedRecord record) {
        Staged earlier = records.get(record.recordId());
        if (earlier != null) {
            problem(new RecordProblem(sourceId, record.page(), record.recordId(), "",
                    "the same record identifier appears again (first on " + earlier.page() + "); the first one is kept", true));
            return;
        }
        String hash = record.contentHash();
        Graph catalogRecord = catalogRecords.describe(record, hash, Instant.now());
        record.graph().find().forEachRemaining(writer::triple);
        catalogRecord.find().forEachRemaining(writer::triple);
        records.put(record.recordId(), new Staged(RecordDigest.of(hash), record.page(),
                record.graph().size() + catalogRecord.size()));
    }

    @Override
    public synchronized void problem(RecordProblem problem) {
        problemCount++;
        if (problem.rejected()) {
            rejectedCount++;
        }
        if (problems.size() < MAX_PROBLEMS_KEPT) {
            problems.add(problem);
        }
    }

    @Override
    public synchronized void pageRead(URI page) {
        pagesRead.add(page);
    }

    @Override
    public synchronized void pageLost(URI page, String reason) {
        pagesLost.put(page, reason);
    }

    /** The staged records by identifier, in the order they came. */
    public Map<String, Staged> records() {
        return Collections.unmodifiableMap(records);
    }

    /** The problems kept (at most {@value #MAX_PROBLEMS_KEPT}). */
    public List<RecordProblem> problems() {
        return Collections.unmodifiableList(problems);
    }

    /** All problems, kept or not. */
    public long problemCount() {
        return problemCount;
    }

    /** The records and pages that were left out. */
    public long rejectedCount() {
        return rejectedCount;
    }

    public List<URI> pagesRead() {
        return Collections.unmodifiableList(pagesRead);
    }

    /** Pages that could not be read, with the reason. */
    public Map<URI, String> pagesLost() {
        return Collections.unmodifiableMap(pagesLost);
    }

    /** Ends writing; call before {@link #triples()}. */
    public synchronized void finish() {
        if (finished) {
            return;
        }
        finished = true;
        writer.finish();
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the staging file " + file, e);
        }
    }

    /** The staged triples, read back from disk, record after record in the order of {@link #records()}. Close the iterator when done. */
    public IteratorCloseable<Triple> triples() {
        finish();
        try {
            InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file)), 1 << 16);
            return AsyncParser.of(in, Lang.NTRIPLES, null).setChunkSize(READ_AHEAD_CHUNK).setQueueSize(READ_AHEAD_CHUNKS)
                    .asyncParseTriples();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the staging file " + file, e);
        }
    }

    /** Deletes the staging file. */
    @Override
    public void close() {
        finish();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the staging file " + file, e);
        }
    }
}
