// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.web.search;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.slimcat.store.CatalogueStore;

/**
 * The search index kept in step with the store: built on first use, and rebuilt in the background after
 * the store changed (a harvest, a load, an update). Searches meanwhile use the previous index, so a
 * harvest never makes the search page wait; they see the new data once the rebuild is done.
 */
public final class LiveSearchIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveSearchIndex.class);

    private final CatalogueStore store;
    private final SearchIndexBuilder builder;
    private final ExecutorService rebuilder = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "slimcat-search-index");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private volatile Built current;

    private record Built(SearchIndex index, CatalogueStore.Version version) {}

    public LiveSearchIndex(CatalogueStore store, SearchIndexBuilder builder) {
        this.store = store;
        this.builder = builder;
    }

    /** The latest index; the first call builds it, later calls start a rebuild when the store changed. */
    public SearchIndex current() {
        Built built = current;
        if (built == null) {
            synchronized (this) {
                if (current == null) {
                    CatalogueStore.Version version = version();
                    current = new Built(builder.build(), version);
                }
                return current.index();
            }
        }
        if (!built.version().equals(version()) && rebuilding.compareAndSet(false, true)) {
            rebuilder.execute(this::rebuild);
        }
        return built.index();
    }

    /**
     * Starts building the index in the background if it is not built yet, so that the first search (or facet
     * function) after the server starts finds it ready rather than waiting for it.
     */
    public void buildInBackground() {
        if (current == null) {
            rebuilder.execute(() -> {
                try {
                    current();
                } catch (RuntimeException e) {
                    LOG.warn("Building the search index failed; the first search tries again: {}", e.getMessage(), e);
                }
            });
        }
    }

    /** The version of the store's data, read in a transaction of its own. */
    private CatalogueStore.Version version() {
        return store.read(dsg -> store.version());
    }

    private void rebuild() {
        try {
            CatalogueStore.Version version = version();
            current = new Built(builder.build(), version);
        } catch (RuntimeException e) {
            LOG.warn("Rebuilding the search index failed; searches keep the previous one: {}", e.getMessage(), e);
        } finally {
            rebuilding.set(false);
        }
    }

    /** Stops rebuilding; waits (up to a minute) for a build under way, which reads the store, to end. */
    @Override
    public void close() {
        rebuilder.shutdownNow();
        try {
            if (!rebuilder.awaitTermination(1, TimeUnit.MINUTES)) {
                LOG.warn("The search index was still being built a minute after the server stopped");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
