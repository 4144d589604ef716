// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.patch;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Brings a replica store up to date with a primary's patch log: applies the patches in order, each
 * in one write transaction of the replica's dataset (so its text index follows), and records the last
 * one applied in the store directory so that a restarted replica resumes after it. A patch that is
 * out of order, damaged, or does not follow the last one applied is refused and changes nothing.
 * Applying the last patch again after a crash (before its state was recorded) is harmless: a patch
 * holds net changes only.
 */
public final class ReplicaUpdater {
    private final DatasetGraph dataset;
    private final ReplicaState state;
    private volatile PatchEntry applied;
    private volatile Duration lastApplyTime = Duration.ZERO;

    private ReplicaUpdater(DatasetGraph dataset, ReplicaState state, PatchEntry applied) {
        this.dataset = dataset;
        this.state = state;
        this.applied = applied;
    }

    /**
     * The updater of the replica store in {@code storeDirectory} whose dataset is {@code dataset}.
     *
     * @throws PatchChainException when the store holds data but has never applied a patch
     */
    public static ReplicaUpdater open(Path storeDirectory, DatasetGraph dataset) {
        ReplicaState state = new ReplicaState(storeDirectory);
        PatchEntry applied = state.read().orElse(null);
        if (applied == null && Txn.calculateRead(dataset, () -> dataset.find().hasNext())) {
            throw new PatchChainException("The store " + storeDirectory + " holds data but is not a replica"
                    + " (no " + ReplicaState.FILE + "): a replica starts from an empty store directory");
        }
        return new ReplicaUpdater(dataset, state, applied);
    }

    /** The last patch applied, or empty when none was. */
    public Optional<PatchEntry> applied() {
        return Optional.ofNullable(applied);
    }

    /** How long the last patch applied took to read and commit. */
    public Duration lastApplyTime() {
        return lastApplyTime;
    }

    /** The sequence of the patch the replica needs next. */
    public long next() {
        return applied == null ? 1 : applied.sequence() + 1;
    }

    /**
     * Applies patch {@code sequence} read from {@code text}, which names where it came from in errors.
     *
     * @return the patch applied
     * @throws PatchChainException when it is not the next patch, is damaged, or does not follow the last one applied
     */
    public synchronized PatchEntry apply(long sequence, InputStream text, String origin) {
        if (sequence != next()) {
            throw new PatchChainException("Patch " + sequence + " from " + origin + " is not the next one: the replica"
                    + " needs patch " + next() + " first");
        }
        long start = System.nanoTime();
        ReadPatch patch;
        try {
            patch = ReadPatch.from(text);
        } catch (RuntimeException e) {
            throw new PatchChainException("Patch " + sequence + " from " + origin + " is damaged (" + e.getMessage()
                    + "); the replica stays at patch " + (sequence - 1) + ": check the primary's patch log", e);
        }
        String expected = applied == null ? null : applied.id();
        if (!Objects.equals(expected, patch.previous())) {
            throw new PatchChainException("Patch " + sequence + " from " + origin + " does not follow the last patch"
                    + " applied: it names " + (patch.previous() == null ? "no previous patch" : "previous " + patch.previous())
                    + ", the replica applied " + (expected == null ? "none" : expected) + ". The primary's log was"
                    + " restarted or belongs to another store: rebuild the replica from an empty store directory");
        }
        Txn.executeWrite(dataset, () -> {
            patch.changes().deleted().forEach(dataset::delete);
            patch.changes().added().forEach(dataset::add);
        });
        PatchEntry entry = new PatchEntry(sequence, patch.id());
        state.write(entry);
        applied = entry;
        lastApplyTime = Duration.ofNanos(System.nanoTime() - start);
        return entry;
    }
}
