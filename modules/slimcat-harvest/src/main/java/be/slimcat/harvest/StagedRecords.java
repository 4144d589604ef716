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
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.atlas.iterator.IteratorCloseable;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.AsyncParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;

/**
 * Collects what a harvest run delivers without holding the records in memory: each record's
 * triples, followed by its dcat:CatalogRecord, go to a gzip'd N-Triples file. Each record is compared
 * with the stored one on arrival ({@link Change}); in memory stay only its {@link RecordKey}, its
 * triple count, how it changed and its page, some 30 bytes in primitive arrays. A record identifier
 * seen twice keeps its first record and is reported.
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

    /** How a staged record compares with what the source's graph held. */
    public enum Change {
        /** The graph did not hold the record. */
        ADDED,
        /** The graph held the record with another content digest. */
        CHANGED,
        /** The graph held the record with the same content digest. */
        UNCHANGED
    }

    /**
     * One staged record as read back from the staging file.
     *
     * @param key     its identifier's key
     * @param change  how it compares with what the source's graph held
     * @param triples its triples, its catalogue record included
     */
    public record StagedRecord(RecordKey key, Change change, List<Triple> triples) {}

    /** Value column of {@link #records}: the triple count (low 32 bits), the change (2 bits) and the page number. */
    private static final int PACKED = 0;

    private final String sourceId;
    private final CatalogRecords catalogRecords;
    private final PreviousHarvest previous;
    private final Instant runStarted;
    private final Path file;
    private final OutputStream out;
    private final StreamRDF writer;
    private final RecordTable records = new RecordTable(1);
    private final long[] changeCounts = new long[Change.values().length];
    private final List<URI> recordPages = new ArrayList<>();
    private final Map<URI, Integer> recordPageNumbers = new HashMap<>();
    private RecordTable pageBlankNodes = new RecordTable(0);
    private URI blankNodePage;
    private boolean sharesBlankNodes;
    private final List<RecordProblem> problems = new ArrayList<>();
    private final List<URI> pagesRead = new ArrayList<>();
    private final Map<URI, String> pagesLost = new LinkedHashMap<>();
    private long problemCount;
    private long rejectedCount;
    private boolean finished;

    /**
     * Stages the records of one run.
     *
     * @param previous   what the source's graph held, to compare each record with
     * @param runStarted when the run started: the dct:modified of every added or changed record
     */
    public StagedRecords(String sourceId, Path directory, CatalogRecords catalogRecords, PreviousHarvest previous,
            Instant runStarted) {
        this.sourceId = sourceId;
        this.catalogRecords = catalogRecords;
        this.previous = previous;
        this.runStarted = runStarted;
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
        RecordKey key = RecordKey.of(record.recordId());
        int earlier = records.find(key);
        if (earlier >= 0) {
            problem(new RecordProblem(sourceId, record.page(), record.recordId(), "",
                    "the same record identifier appears again (first on " + page(earlier) + "); the first one is kept", true));
            return;
        }
        String hash = record.contentHash();
        int stored = previous.entry(key);
        Change change = stored < 0 ? Change.ADDED
                : previous.digest(stored).equals(RecordDigest.of(hash)) ? Change.UNCHANGED : Change.CHANGED;
        Instant modified = change == Change.UNCHANGED ? storedModified(stored) : runStarted;
        Graph catalogRecord = catalogRecords.describe(record, key, hash, Instant.now(), modified);
        noteBlankNodes(record);
        record.graph().find().forEachRemaining(writer::triple);
        catalogRecord.find().forEachRemaining(writer::triple);
        int entry = records.add(key);
        long triples = record.graph().size() + catalogRecord.size();
        records.set(entry, PACKED, triples | (long) change.ordinal() << 32 | (long) pageNumber(record.page()) << 34);
        changeCounts[change.ordinal()]++;
    }

    /** The stored dct:modified of an unchanged record, or the run's start when it has none SlimCat can read. */
    private Instant storedModified(int stored) {
        long nanos = previous.modifiedNanos(stored);
        if (nanos == PreviousHarvest.NO_MODIFIED || nanos == PreviousHarvest.UNREADABLE_MODIFIED) {
            return runStarted;
        }
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }

    private int pageNumber(URI page) {
        return recordPageNumbers.computeIfAbsent(page, p -> {
            recordPages.add(p);
            return recordPages.size() - 1;
        });
    }

    private URI page(int entry) {
        return recordPages.get((int) (records.value(entry, PACKED) >>> 34));
    }

    /**
     * Notes whether a blank node of the record was part of an earlier record of the same page (only
     * records of one page can share a blank node: every page is parsed on its own).
     */
    private void noteBlankNodes(HarvestedRecord record) {
        if (!record.page().equals(blankNodePage)) {
            blankNodePage = record.page();
            pageBlankNodes = new RecordTable(0);
        }
        Set<Long> mine = new HashSet<>();
        record.graph().find().forEachRemaining(t -> {
            for (Node n : List.of(t.getSubject(), t.getObject())) {
                if (n.isBlank()) {
                    mine.add(labelHash(n.getBlankNodeLabel()));
                }
            }
        });
        for (long label : mine) {
            if (pageBlankNodes.find(label, 0) >= 0) {
                sharesBlankNodes = true;
            } else {
                pageBlankNodes.add(label, 0);
            }
        }
    }

    /** 64-bit FNV-1a of a blank-node label. */
    private static long labelHash(String label) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < label.length(); i++) {
            h = (h ^ label.charAt(i)) * 0x100000001b3L;
        }
        return h;
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

    /** The number of records staged. */
    public int size() {
        return records.size();
    }

    /** The number of records staged with the given change. */
    public long count(Change change) {
        return changeCounts[change.ordinal()];
    }

    /**
     * True when a blank node is part of more than one record (a feed that names a blank node, such as a
     * publisher, and refers to it from several datasets).
     */
    public boolean sharesBlankNodes() {
        return sharesBlankNodes;
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

    /** How the staged record of a key compares with the stored one; null when no such record was staged. */
    public Change change(RecordKey key) {
        int entry = records.find(key);
        return entry < 0 ? null : change(records.value(entry, PACKED));
    }

    private static Change change(long packed) {
        return Change.values()[(int) (packed >>> 32) & 3];
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

    /** The staged triples, read back from disk, record after record in the order they came. Close the iterator when done. */
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

    /** The staged records, read back from disk one at a time in the order they came. Close the reader when done. */
    public Reader read() {
        return new Reader(triples());
    }

    /** Reads the staged records back one at a time. */
    public final class Reader implements Iterator<StagedRecord>, AutoCloseable {
        private final IteratorCloseable<Triple> triples;
        private int next;

        private Reader(IteratorCloseable<Triple> triples) {
            this.triples = triples;
        }

        @Override
        public boolean hasNext() {
            return next < records.size();
        }

        @Override
        public StagedRecord next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            int entry = next++;
            long packed = records.value(entry, PACKED);
            int count = (int) packed;
            List<Triple> taken = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                if (!triples.hasNext()) {
                    throw new IllegalStateException("the staging file " + file + " ended before its last record: it was changed or truncated");
                }
                taken.add(triples.next());
            }
            return new StagedRecord(records.key(entry), change(packed), taken);
        }

        @Override
        public void close() {
            triples.close();
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
