// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.slimcat.harvest.ConfiguredSource;

/**
 * Harvests sources on their schedules inside the server: each enabled source at its own
 * {@code sc:schedule}, or at the server's default schedule. Runs happen one after the other on one
 * thread, so two harvests never overlap; the store is compacted after a run that replaced data.
 */
final class HarvestScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("slimcat.harvest");

    private final HarvestPipeline pipeline;
    private final Clock clock;
    private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "slimcat-harvest-scheduler");
        t.setDaemon(true);
        return t;
    });

    HarvestScheduler(HarvestPipeline pipeline, Clock clock) {
        this.pipeline = pipeline;
        this.clock = clock;
        // On close, runs planned for later are dropped; a run under way finishes.
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Schedules every enabled source; returns when each runs next, by source identifier. */
    Map<String, ZonedDateTime> start(List<ConfiguredSource> sources, HarvestSchedule fallback) {
        Map<String, ZonedDateTime> next = new LinkedHashMap<>();
        for (ConfiguredSource source : sources) {
            if (!source.enabled()) {
                continue;
            }
            HarvestSchedule schedule = source.schedule() != null ? HarvestSchedule.parse(source.schedule()) : fallback;
            next.put(source.source().id(), scheduleNext(source, schedule));
        }
        return next;
    }

    private ZonedDateTime scheduleNext(ConfiguredSource source, HarvestSchedule schedule) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        ZonedDateTime at = schedule.next(now);
        try {
            executor.schedule(() -> runAndReschedule(source, schedule), Duration.between(now, at).toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            LOG.debug("{}: not rescheduled, the scheduler is closing", source.source().id());
        }
        return at;
    }

    private void runAndReschedule(ConfiguredSource source, HarvestSchedule schedule) {
        try {
            HarvestPipeline.Applied applied = pipeline.harvest(source.source(), false, false);
            try {
                LOG.info("{}: scheduled harvest {}: {}", source.source().id(), applied.run().status().label(),
                        applied.run().message());
                if (applied.quality() != null) {
                    var figures = applied.quality().figures();
                    LOG.info("{}: {} dataset(s) scored, mean MQA {} ({}), {} violation(s), {} new finding(s) against the baseline",
                            source.source().id(), figures.datasets(), Math.round(figures.meanMqaScore()), figures.band().id(),
                            figures.violations(), applied.quality().baseline().newCount());
                    pipeline.refreshCatalogueQuality(List.of(applied.run().iri()));
                }
                if (applied.stored() != null) {
                    pipeline.refreshDuplicates();
                    pipeline.compact();
                }
            } finally {
                applied.run().close();
            }
        } catch (RuntimeException e) {
            LOG.error("{}: scheduled harvest failed: {}", source.source().id(), e.getMessage(), e);
        } finally {
            ZonedDateTime at = scheduleNext(source, schedule);
            LOG.info("{}: next harvest at {}", source.source().id(), at);
        }
    }

    /**
     * Stops scheduling and waits for a run under way to finish: a harvest or a compaction is never
     * interrupted, because interrupting TDB2's file I/O closes its files under it.
     */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.MINUTES)) {
                LOG.warn("a harvest is still running after 30 minutes; leaving it to the process exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
