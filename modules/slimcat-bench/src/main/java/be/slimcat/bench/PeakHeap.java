// SPDX-License-Identifier: Apache-2.0
package be.slimcat.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Samples the used heap every 10 ms and keeps the highest value seen. */
final class PeakHeap implements AutoCloseable {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peak;

    PeakHeap() {
        System.gc();
        sampler = new Thread(() -> {
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "peak-heap");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** The highest used heap seen so far, in MiB. */
    long peakMiB() {
        return peak >> 20;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
