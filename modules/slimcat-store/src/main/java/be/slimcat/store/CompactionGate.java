// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;

/**
 * The store's dataset, with a gate that every transaction passes and that a compaction closes. TDB2
 * switches to the compacted copy while transactions may be running; a transaction that began on the old
 * copy and ends after the switch is never released on it (Apache Jena issue 3488), so the compaction
 * waits for it forever and the old copy is never deleted. Behind the gate, a compaction starts when the
 * transactions under way have ended, and new ones wait until it is done (the gate is fair, so a steady
 * stream of queries cannot keep a compaction out).
 */
final class CompactionGate extends DatasetGraphWrapper {
    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock(true);
    private final ThreadLocal<Boolean> inside = ThreadLocal.withInitial(() -> false);

    CompactionGate(DatasetGraph dataset) {
        super(dataset);
    }

    /** Runs the action with the gate closed: no transaction runs meanwhile. Call outside any transaction. */
    <T> T closed(Supplier<T> action) {
        if (inside.get()) {
            throw new IllegalStateException("a compaction cannot run inside a transaction");
        }
        gate.writeLock().lock();
        try {
            return action.get();
        } finally {
            gate.writeLock().unlock();
        }
    }

    @Override
    public void begin(TxnType type) {
        enter();
        try {
            super.begin(type);
        } catch (RuntimeException e) {
            leave();
            throw e;
        }
    }

    @Override
    public void begin(ReadWrite mode) {
        enter();
        try {
            super.begin(mode);
        } catch (RuntimeException e) {
            leave();
            throw e;
        }
    }

    @Override
    public void commit() {
        super.commit();
        leave();
    }

    @Override
    public void abort() {
        super.abort();
        leave();
    }

    @Override
    public void end() {
        try {
            super.end();
        } finally {
            leave();
        }
    }

    private void enter() {
        if (!inside.get()) {
            gate.readLock().lock();
            inside.set(true);
        }
    }

    private void leave() {
        if (inside.get()) {
            inside.set(false);
            gate.readLock().unlock();
        }
    }
}
