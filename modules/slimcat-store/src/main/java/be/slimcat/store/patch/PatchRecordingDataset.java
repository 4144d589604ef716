// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.patch;

import java.util.concurrent.locks.ReentrantLock;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdfpatch.system.DatasetGraphChanges;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A dataset that records each committed write transaction as one patch of a {@link PatchLog}. Every
 * change made through it (quads, graphs, SPARQL Update, Graph Store Protocol) is seen, whatever the
 * path. The patch is written before the commit and published after it: a transaction that aborts, or
 * whose commit fails, leaves no patch; a write transaction that changes nothing leaves none either.
 */
public final class PatchRecordingDataset extends DatasetGraphChanges {
    private final NetChanges changes;
    private final PatchLog log;
    /** Keeps patch numbers in commit order: held from writing a patch to publishing it. */
    private final ReentrantLock commitLock = new ReentrantLock();

    private PatchRecordingDataset(DatasetGraph data, NetChanges changes, PatchLog log) {
        super(data, changes);
        this.changes = changes;
        this.log = log;
    }

    /** Records the changes made to {@code data} through the returned dataset in the log. */
    public static PatchRecordingDataset recording(DatasetGraph data, PatchLog log) {
        return new PatchRecordingDataset(data, new NetChanges(data), log);
    }

    /** The log the patches go to. */
    public PatchLog log() {
        return log;
    }

    @Override
    public void commit() {
        if (transactionMode() != ReadWrite.WRITE) {
            super.commit();
            return;
        }
        commitLock.lock();
        try {
            ChangeSet changeSet = changes.take();
            PatchLog.Prepared prepared;
            try {
                prepared = changeSet.isEmpty() ? null : log.prepare(changeSet);
            } catch (RuntimeException e) {
                abort();
                throw e;
            }
            try {
                super.commit();
            } catch (RuntimeException e) {
                if (prepared != null) {
                    log.discard(prepared);
                }
                throw e;
            }
            if (prepared != null) {
                log.publish(prepared);
            }
        } finally {
            commitLock.unlock();
        }
    }

    @Override
    public void clear() {
        deleteAny(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
    }
}
