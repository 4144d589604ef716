// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * What the store holds of a source before a run: the content digest of each record in its graph,
 * and when its last complete, successful run started (from the harvest log).
 */
public final class PreviousHarvest {
    private static final Query RECORD_HASHES = HarvestQueries.load("record-hashes.rq");
    private static final Query LAST_COMPLETE_RUN = HarvestQueries.load("last-complete-run.rq");
    private static final PreviousHarvest NONE = new PreviousHarvest(Map.of(), Optional.empty(), Optional.empty());

    private final Map<String, RecordDigest> digests;
    private final Optional<Instant> lastCompleteStart;
    private final Optional<Instant> lastFullStart;

    private PreviousHarvest(Map<String, RecordDigest> digests, Optional<Instant> lastCompleteStart,
            Optional<Instant> lastFullStart) {
        this.digests = digests;
        this.lastCompleteStart = lastCompleteStart;
        this.lastFullStart = lastFullStart;
    }

    /** Nothing harvested before. */
    public static PreviousHarvest none() {
        return NONE;
    }

    /**
     * The given record hashes ({@link ContentHash} values by record identifier) and starts of the last
     * complete run and of the last complete full run (for tests and tools without a store).
     */
    public static PreviousHarvest of(Map<String, String> hashes, Optional<Instant> lastCompleteStart,
            Optional<Instant> lastFullStart) {
        Map<String, RecordDigest> digests = new HashMap<>();
        hashes.forEach((id, hash) -> digests.put(id, RecordDigest.of(hash)));
        return new PreviousHarvest(digests, lastCompleteStart, lastFullStart);
    }

    /**
     * Reads the source's graph and the harvest log.
     *
     * @param sourceGraph the source's graph
     * @param harvestLog  the harvest-log graph
     * @param source      the IRI of the source in the harvest log
     */
    public static PreviousHarvest read(Graph sourceGraph, Graph harvestLog, Node source) {
        Map<String, RecordDigest> digests = new HashMap<>();
        QueryExec.graph(sourceGraph).query(RECORD_HASHES).select()
                .forEachRemaining(row -> digests.put(row.get("id").getLiteralLexicalForm(),
                        RecordDigest.of(row.get("hash").getLiteralLexicalForm())));
        Optional<Binding> runs = QueryExec.graph(harvestLog).query(LAST_COMPLETE_RUN).substitution("source", source)
                .select().stream().findFirst();
        return digests.isEmpty() ? new PreviousHarvest(digests, Optional.empty(), Optional.empty())
                : new PreviousHarvest(digests, runs.map(row -> instant(row, "start")), runs.map(row -> instant(row, "fullStart")));
    }

    private static Instant instant(Binding row, String variable) {
        Node value = row.get(variable);
        return value == null ? null : Instant.parse(value.getLiteralLexicalForm());
    }

    /** The number of records the source's graph holds. */
    public int size() {
        return digests.size();
    }

    /** The content digest of a record, or null when the graph does not hold it. */
    public RecordDigest digest(String recordId) {
        return digests.get(recordId);
    }

    /** The record identifiers and digests. */
    public Map<String, RecordDigest> digests() {
        return Collections.unmodifiableMap(digests);
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
}
