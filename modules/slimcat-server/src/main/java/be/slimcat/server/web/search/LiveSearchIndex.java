// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.web.search;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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

    @Override
    public void close() {
        rebuilder.shutdownNow();
    }
}
