// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Test helper: which threads of this JVM are running query-engine code (ARQ iterators, path evaluation,
 * sorting bags, TDB2 solver), read from a thread dump.
 */
final class QueryThreads {
    private static final String[] ENGINE = {"org.apache.jena.sparql.engine.", "org.apache.jena.sparql.path.",
        "org.apache.jena.atlas.data.", "org.apache.jena.tdb2.solver.", "org.apache.jena.sparql.exec."};

    private QueryThreads() {
    }

    /** Names (with CPU time) of threads whose stack holds query-engine frames, other than the caller. */
    static List<String> busy() {
        return busyWithin(null);
    }

    /**
     * As {@link #busy()}, but only the threads running query-engine code inside a frame of {@code outer}
     * (all when null): {@code QueryConcurrencyLimit} picks the requests admitted past the limit, not the
     * server's background work.
     */
    static List<String> busyWithin(Class<?> outer) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<String> busy = new ArrayList<>();
        for (ThreadInfo info : threads.dumpAllThreads(false, false)) {
            if (info.getThreadId() == Thread.currentThread().getId() || outer != null && java.util.Arrays
                    .stream(info.getStackTrace()).noneMatch(frame -> frame.getClassName().equals(outer.getName()))) {
                continue;
            }
            for (StackTraceElement frame : info.getStackTrace()) {
                if (isEngine(frame.getClassName())) {
                    busy.add(info.getThreadName() + " (cpu " + threads.getThreadCpuTime(info.getThreadId()) / 1_000_000
                            + " ms) at " + frame);
                    break;
                }
            }
        }
        return busy;
    }

    /** Waits up to {@code seconds} for no thread to run query-engine code; returns those still running. */
    static List<String> awaitIdle(int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<String> busy = busy();
        while (!busy.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            busy = busy();
        }
        return busy;
    }

    private static boolean isEngine(String className) {
        for (String prefix : ENGINE) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
