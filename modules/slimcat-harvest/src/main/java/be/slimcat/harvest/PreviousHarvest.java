// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * What the store holds of a source before a run: for each record in its graph (by {@link RecordKey})
 * its content digest and when its content last changed, read from the catalogue records; and from the
 * harvest log, when its last complete, successful runs started and whether a merge changed records
 * since the last full run. Some 50 bytes per record, in primitive arrays.
 */
public final class PreviousHarvest {
    private static final Query RECORD_HASHES = HarvestQueries.load("record-hashes.rq");
    private static final Query LAST_COMPLETE_RUN = HarvestQueries.load("last-complete-run.rq");
    private static final Query MERGED_SINCE_FULL_RUN = HarvestQueries.load("merged-since-full-run.rq");

    /** The modification time of a record whose catalogue record has no dct:modified. */
    static final long NO_MODIFIED = Long.MIN_VALUE;
    /** The modification time of a record whose dct:modified is not an instant SlimCat can read. */
    static final long UNREADABLE_MODIFIED = Long.MIN_VALUE + 1;

    private static final int DIGEST_HIGH = 0;
    private static final int DIGEST_LOW = 1;
    private static final int MODIFIED = 2;

    private final RecordTable records = new RecordTable(3);
    private final Optional<Instant> lastCompleteStart;
    private final Optional<Instant> lastFullStart;
    private final boolean mergedSinceFullRun;
    private int withoutModified;
    private String catalogueRecordIriPrefix = "";
    private boolean catalogueRecordIrisShared = true;

    private PreviousHarvest(Optional<Instant> lastCompleteStart, Optional<Instant> lastFullStart, boolean mergedSinceFullRun) {
        this.lastCompleteStart = lastCompleteStart;
        this.lastFullStart = lastFullStart;
        this.mergedSinceFullRun = mergedSinceFullRun;
    }

    /** Nothing harvested before. */
    public static PreviousHarvest none() {
        return new PreviousHarvest(Optional.empty(), Optional.empty(), false);
    }

    /**
     * The given record hashes ({@link ContentHash} values by record identifier, without modification
     * times) and starts of the last complete run and of the last complete full run (for tests and tools
     * without a store).
     */
    public static PreviousHarvest of(Map<String, String> hashes, Optional<Instant> lastCompleteStart,
            Optional<Instant> lastFullStart) {
        PreviousHarvest previous = new PreviousHarvest(lastCompleteStart, lastFullStart, false);
        hashes.forEach((id, hash) -> previous.put(RecordKey.of(id), RecordDigest.of(hash), NO_MODIFIED));
        previous.catalogueRecordIrisShared = false;
        return previous;
    }

    /**
     * Reads the source's graph and the harvest log.
     *
     * @param sourceGraph the source's graph
     * @param harvestLog  the harvest-log graph
     * @param source      the IRI of the source in the harvest log
     */
    public static PreviousHarvest read(Graph sourceGraph, Graph harvestLog, Node source) {
        Optional<Binding> runs = QueryExec.graph(harvestLog).query(LAST_COMPLETE_RUN).substitution("source", source)
                .select().stream().findFirst();
        boolean merged = QueryExec.graph(harvestLog).query(MERGED_SINCE_FULL_RUN).substitution("source", source).ask();
        PreviousHarvest previous = new PreviousHarvest(runs.map(row -> instant(row, "start")),
                runs.map(row -> instant(row, "fullStart")), merged);
        QueryExec.graph(sourceGraph).query(RECORD_HASHES).select().forEachRemaining(row -> previous.put(row));
        return previous.size() == 0 ? new PreviousHarvest(Optional.empty(), Optional.empty(), merged) : previous;
    }

    private void put(Binding row) {
        RecordKey key = RecordKey.of(row.get("id").getLiteralLexicalForm());
        if (records.find(key) >= 0) {
            return;
        }
        Node modified = row.get("modified");
        put(key, RecordDigest.of(row.get("hash").getLiteralLexicalForm()), modified == null ? NO_MODIFIED : nanos(modified));
        Node record = row.get("record");
        String iri = record.isURI() ? record.getURI() : "";
        String prefix = iri.endsWith("-" + key.shortKey()) ? iri.substring(0, iri.length() - 16) : null;
        if (records.size() == 1) {
            catalogueRecordIriPrefix = prefix;
        }
        catalogueRecordIrisShared &= prefix != null && prefix.equals(catalogueRecordIriPrefix);
    }

    private void put(RecordKey key, RecordDigest digest, long modifiedNanos) {
        int entry = records.add(key);
        records.set(entry, DIGEST_HIGH, digest.high());
        records.set(entry, DIGEST_LOW, digest.low());
        records.set(entry, MODIFIED, modifiedNanos);
        if (modifiedNanos == NO_MODIFIED) {
            withoutModified++;
        }
    }

    /** An xsd:dateTime as nanoseconds since the epoch, or {@link #UNREADABLE_MODIFIED}. */
    private static long nanos(Node modified) {
        try {
            Instant at = Instant.parse(modified.getLiteralLexicalForm());
            return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000_000L), at.getNano());
        } catch (DateTimeException | ArithmeticException | UnsupportedOperationException e) {
            return UNREADABLE_MODIFIED;
        }
    }

    private static Instant instant(Binding row, String variable) {
        Node value = row.get(variable);
        return value == null ? null : Instant.parse(value.getLiteralLexicalForm());
    }

    /** The number of records the source's graph holds. */
    public int size() {
        return records.size();
    }

    /** The content digest of a record, or null when the graph does not hold it. */
    public RecordDigest digest(String recordId) {
        int entry = records.find(RecordKey.of(recordId));
        return entry < 0 ? null : digest(entry);
    }

    /** The entry of a record, or -1 when the graph does not hold it. */
    int entry(RecordKey key) {
        return records.find(key);
    }

    RecordKey key(int entry) {
        return records.key(entry);
    }

    RecordDigest digest(int entry) {
        return new RecordDigest(records.value(entry, DIGEST_HIGH), records.value(entry, DIGEST_LOW));
    }

    /** The dct:modified of an entry's catalogue record in nanoseconds since the epoch, or {@link #NO_MODIFIED} or {@link #UNREADABLE_MODIFIED}. */
    long modifiedNanos(int entry) {
        return records.value(entry, MODIFIED);
    }

    /** The number of records whose catalogue record has no dct:modified (stored before SlimCat wrote it). */
    public int withoutModified() {
        return withoutModified;
    }

    /**
     * The text every catalogue record IRI of the graph starts with, before the sixteen hex digits of its
     * record's key; empty when they do not all have the same one (or for {@link #of}).
     */
    public Optional<String> catalogueRecordIriPrefix() {
        return catalogueRecordIrisShared && records.size() > 0 ? Optional.of(catalogueRecordIriPrefix) : Optional.empty();
    }

    /**
     * When the last complete, successful run of the source started, while the source's graph
     * still holds records: an incremental run asks for what changed since then.
     */
    public Optional<Instant> lastCompleteStart() {
        return lastCompleteStart;
    }

    /** When the last complete, successful run that asked for every record started. */
    public Optional<Instant> lastFullStart() {
        return lastFullStart;
    }

    /**
     * True when a run that merged changed records into the graph (incremental, or with pages lost) came
     * after the last complete, successful full run: the graph may still hold what the old versions of
     * those records said about nodes they shared with other records.
     */
    public boolean mergedSinceFullRun() {
        return mergedSinceFullRun;
    }
}
