// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.links;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Counts the URLs checked in a run and logs how far it got, at most every {@link #INTERVAL_SECONDS} seconds. */
final class LinkCheckProgress {
    static final long INTERVAL_SECONDS = 10;

    private static final Logger LOG = LoggerFactory.getLogger(LinkChecker.class);

    private final int total;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger answered = new AtomicInteger();
    private final AtomicLong lastLog = new AtomicLong(System.nanoTime());

    LinkCheckProgress(int total) {
        this.total = total;
    }

    /** One more URL checked, with its status. */
    void checked(LinkCheck check) {
        LOG.debug("{}: {}", check.url(), check.linkStatus().describe());
        if (check.linkStatus().isSuccess()) {
            answered.incrementAndGet();
        }
        int n = done.incrementAndGet();
        long now = System.nanoTime();
        long last = lastLog.get();
        if (n < total && now - last >= TimeUnit.SECONDS.toNanos(INTERVAL_SECONDS) && lastLog.compareAndSet(last, now)) {
            LOG.info("Link check: {} of {} URLs checked", n, total);
        }
    }

    /** Logs the end of the run. */
    void finished(int reused) {
        LOG.info("Link check done: {} URLs checked, {} of them answered 2xx; {} reused from the cache", done.get(),
                answered.get(), reused);
    }
}
