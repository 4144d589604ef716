// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import be.slimcat.quality.GroupFigures;
import be.slimcat.quality.LinkStatuses;
import be.slimcat.quality.dqv.QualityRun;
import be.slimcat.store.CatalogueStore;
import be.slimcat.store.GraphSummary;
import be.slimcat.vocab.SlimcatIris;

/**
 * Harvest → store: runs a source, replaces its graph with the run's records or merges them into it
 * (see {@link HarvestRun#effect()}), logs the run in the harvest log, validates and scores the
 * source's records ({@link QualityPass}), and compacts the store afterwards. One run at a time per store: another process is kept out by the store's lock, another
 * thread of this process by this pipeline's lock.
 */
final class HarvestPipeline {
    private static final Logger LOG = LoggerFactory.getLogger("slimcat.harvest");

    /**
     * What happened to the store for one run.
     *
     * @param run     the run
     * @param stored  the source's graph after the run, or null when the store was not changed
     * @param quality the validation and scores of the source's records after the run, or null when
     *                the store was not changed
     */
    record Applied(HarvestRun run, GraphSummary stored, QualityPass.Result quality) {}

    private final CatalogueStore store;
    private final SlimcatIris iris;
    private final Harvester harvester;
    private final QualityPass quality;
    private final ReentrantLock lock = new ReentrantLock();

    HarvestPipeline(CatalogueStore store, SlimcatIris iris, Harvester harvester, QualityPass quality) {
        this.store = store;
        this.iris = iris;
        this.harvester = harvester;
        this.quality = quality;
    }

    /** Harvests the source; with {@code dryRun} the store is not changed. The caller closes the run. */
    Applied harvest(HarvestSource source, boolean acceptShrink, boolean dryRun) {
        return harvest(source, acceptShrink, dryRun, HarvestProgress.NONE, (graph, hosts) -> LinkStatuses.none());
    }

    /**
     * As {@link #harvest(HarvestSource, boolean, boolean)}, telling {@code progress} after every page and
     * scoring the accessibility of the stored records with what {@code links} finds for their URLs.
     */
    Applied harvest(HarvestSource source, boolean acceptShrink, boolean dryRun, HarvestProgress progress,
            LinkCheck links) {
        lock.lock();
        try {
            Node graph = harvester.sourceGraph(source);
            PreviousHarvest previous = store.read(dsg -> PreviousHarvest.read(dsg.getGraph(graph),
                    dsg.getGraph(iris.graph("harvest-log")), iris.thing("bron", source.id())));
            HarvestRun run = harvester.run(source, previous, acceptShrink, progress);
            if (dryRun) {
                return new Applied(run, null, null);
            }
            GraphSummary stored = switch (run.effect()) {
                case REPLACE -> store.write(dsg -> {
                    new RecordReplace(iris).apply(dsg.getGraph(graph), run, previous);
                    return GraphSummary.of(dsg, graph);
                });
                case MERGE -> store.write(dsg -> {
                    new RecordMerge(iris).apply(dsg.getGraph(graph), run, previous);
                    return GraphSummary.of(dsg, graph);
                });
                case KEEP -> null;
            };
            store.addToGraph(iris.graph("harvest-log"), run.provenance());
            QualityPass.Result assessed = stored == null ? null : quality.run(QualityTarget.ofSource(iris, source.id()),
                    new QualityRun(run.iri(), Instant.now()), links.check(graph, source.allowedHosts()));
            return new Applied(run, stored, assessed);
        } finally {
            lock.unlock();
        }
    }

    /** Finds the link statuses of the URLs of a stored graph. */
    @FunctionalInterface
    interface LinkCheck {
        /** The statuses of the graph's URLs; {@code privateHostsAllowed} may resolve to internal addresses. */
        LinkStatuses check(Node graph, Set<String> privateHostsAllowed);
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

    /** Stores the figures of the whole catalogue after the given runs ({@link CatalogueQuality}); returns them. */
    GroupFigures refreshCatalogueQuality(Collection<Node> runs) {
        lock.lock();
        try {
            return new CatalogueQuality(iris).refresh(store, Instant.now(), runs);
        } finally {
            lock.unlock();
        }
    }

    /** Compacts the store; returns the sizes, or nothing for a remote store (its service manages its disk). */
    Optional<CatalogueStore.Compaction> compact() {
        lock.lock();
        try {
            Optional<CatalogueStore.Compaction> c = store.compact();
            c.ifPresent(sizes -> LOG.info("compacted the store: {} → {} bytes", sizes.bytesBefore(), sizes.bytesAfter()));
            return c;
        } finally {
            lock.unlock();
        }
    }
}
