// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.jena.graph.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.slimcat.harvest.HarvestProgress;
import be.slimcat.harvest.HarvestRun;
import be.slimcat.harvest.HarvestSource;
import be.slimcat.harvest.Harvester;
import be.slimcat.harvest.PreviousHarvest;
import be.slimcat.harvest.RecordMerge;
import be.slimcat.harvest.RecordReplace;
import be.slimcat.harvest.duplicates.DuplicateFinder;
import be.slimcat.harvest.duplicates.StoredDatasetKeys;
import be.slimcat.store.CatalogueStore;
import be.slimcat.store.GraphSummary;
import be.slimcat.vocab.SlimcatIris;

/**
 * Harvest → store: runs a source, replaces its graph with the run's records or merges them into it
 * (see {@link HarvestRun#effect()}), logs the run in the harvest log, and compacts the store
 * afterwards. One run at a time per store: another process is kept out by the store's lock, another
 * thread of this process by this pipeline's lock.
 */
final class HarvestPipeline {
    private static final Logger LOG = LoggerFactory.getLogger("slimcat.harvest");

    /** What happened to the store for one run. */
    record Applied(HarvestRun run, GraphSummary stored) {}

    private final CatalogueStore store;
    private final SlimcatIris iris;
    private final Harvester harvester;
    private final ReentrantLock lock = new ReentrantLock();

    HarvestPipeline(CatalogueStore store, SlimcatIris iris, Harvester harvester) {
        this.store = store;
        this.iris = iris;
        this.harvester = harvester;
    }

    /** Harvests the source; with {@code dryRun} the store is not changed. The caller closes the run. */
    Applied harvest(HarvestSource source, boolean acceptShrink, boolean dryRun) {
        return harvest(source, acceptShrink, dryRun, HarvestProgress.NONE);
    }

    /** As {@link #harvest(HarvestSource, boolean, boolean)}, telling {@code progress} after every page. */
    Applied harvest(HarvestSource source, boolean acceptShrink, boolean dryRun, HarvestProgress progress) {
        lock.lock();
        try {
            Node graph = harvester.sourceGraph(source);
            PreviousHarvest previous = store.read(dsg -> PreviousHarvest.read(dsg.getGraph(graph),
                    dsg.getGraph(iris.graph("harvest-log")), iris.thing("bron", source.id())));
            HarvestRun run = harvester.run(source, previous, acceptShrink, progress);
            if (dryRun) {
                return new Applied(run, null);
            }
            GraphSummary stored = switch (run.effect()) {
                case REPLACE -> store.write(dsg -> {
                    new RecordReplace(iris).apply(dsg.getGraph(graph), run, previous);
                    return GraphSummary.of(dsg, graph);
                });
                case MERGE -> store.write(dsg -> {
                    new RecordMerge(iris).apply(dsg.getGraph(graph), run, previous);
                    return new GraphSummary(graph, dsg.getGraph(graph).size());
                });
                case KEEP -> null;
            };
            store.addToGraph(iris.graph("harvest-log"), run.provenance());
            return new Applied(run, stored);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Finds the datasets harvested from several sources and replaces the duplicates graph with the
     * links to their canonical records; returns the number of groups.
     */
    int refreshDuplicates() {
        lock.lock();
        try {
            DuplicateFinder finder = new DuplicateFinder(iris);
            List<DuplicateFinder.DuplicateGroup> groups = finder.find(store.read(dsg -> StoredDatasetKeys.read(dsg, iris)));
            store.replaceGraph(iris.graph("duplicates"), finder.toGraph(groups));
            LOG.info("{} dataset(s) harvested from more than one source", groups.size());
            return groups.size();
        } finally {
            lock.unlock();
        }
    }

    /** Compacts the store; returns the sizes. */
    CatalogueStore.Compaction compact() {
        lock.lock();
        try {
            CatalogueStore.Compaction c = store.compact();
            LOG.info("compacted the store: {} → {} bytes", c.bytesBefore(), c.bytesAfter());
            return c;
        } finally {
            lock.unlock();
        }
    }
}
