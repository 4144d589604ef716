// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.replication;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.slimcat.store.patch.PatchChainException;
import be.slimcat.store.patch.ReplicaUpdater;

/**
 * Keeps a replica store in step with a primary: polls the primary's patch log and applies, in order,
 * the patches the replica lacks. An unreachable primary is tried again at the next poll; a patch that
 * is missing, damaged or out of chain stops the polling (the replica keeps serving what it has) and is
 * reported by {@link #failure()}.
 */
public final class Replicator implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Replicator.class);

    private final PatchFeed feed;
    private final ReplicaUpdater updater;
    private ScheduledExecutorService poller;
    private volatile String failure;

    /** A replicator reading the log of the primary at {@code primary} (its base address) into {@code updater}'s store. */
    public Replicator(URI primary, ReplicaUpdater updater) {
        this.feed = new PatchFeed(primary, Duration.ofSeconds(60));
        this.updater = updater;
    }

    /** What one catch-up did: the patches applied and the sequence of the last patch applied (0 for none). */
    public record CatchUp(long applied, long at) {}

    /**
     * Applies every patch the primary has and the replica lacks, each in one transaction.
     *
     * @throws IOException when the primary cannot be read (try again later)
     * @throws PatchChainException when a patch is missing, damaged or out of chain (the replica stays as it was before that patch)
     */
    public synchronized CatchUp catchUp() throws IOException {
        long latest = feed.latest();
        long applied = 0;
        for (long n = updater.next(); n <= latest; n++) {
            byte[] text = feed.patch(n, latest);
            updater.apply(n, new ByteArrayInputStream(text), feed.address(n).toString());
            applied++;
        }
        return new CatchUp(applied, updater.next() - 1);
    }

    /** Catches up now and then every {@code interval}, on a thread of its own, until closed or a chain failure. */
    public synchronized Replicator pollEvery(Duration interval) {
        if (poller != null) {
            throw new IllegalStateException("Already polling");
        }
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "slimcat-replicator");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(this::poll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    private void poll() {
        try {
            CatchUp done = catchUp();
            if (done.applied() > 0) {
                LOG.info("Applied {} patch(es) from {}; the replica is at patch {}", done.applied(), feed.address(), done.at());
            }
        } catch (IOException e) {
            LOG.warn("Cannot read the patch log at {} ({}); trying again at the next poll", feed.address(), e.getMessage());
        } catch (PatchChainException e) {
            failure = e.getMessage();
            LOG.error("Replication stopped: {}", e.getMessage());
            poller.shutdown();
        } catch (RuntimeException e) {
            LOG.warn("Applying patches from {} failed ({}); trying again at the next poll", feed.address(), e.toString());
        }
    }

    /** Why polling stopped, when a patch could not be applied. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /** The primary's patch log address. */
    public URI source() {
        return feed.address();
    }

    /** The replica's updater (the last patch applied). */
    public ReplicaUpdater updater() {
        return updater;
    }

    /** Stops polling; a catch-up under way finishes first. */
    @Override
    public void close() {
        ScheduledExecutorService p;
        synchronized (this) {
            p = poller;
        }
        if (p != null) {
            p.shutdown();
            try {
                p.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
