// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.util.Set;
import java.util.SortedSet;

import org.apache.jena.graph.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.slimcat.harvest.links.DistributionUrls;
import be.slimcat.harvest.links.LinkCheckCache;
import be.slimcat.harvest.links.LinkCheckGraph;
import be.slimcat.harvest.links.LinkCheckResults;
import be.slimcat.quality.LinkStatuses;
import be.slimcat.store.CatalogueStore;
import be.slimcat.vocab.SlimcatIris;

/**
 * Link checks of stored data, for commands with a store: the access and download URLs of a graph are
 * checked as {@link LinkCheckOptions} say, reusing the fresh checks kept in {@code {base}/graph/link-checks},
 * and the cache is written back with the new checks (one transaction, after the requests).
 */
final class StoredLinkChecks {
    private static final Logger LOG = LoggerFactory.getLogger(StoredLinkChecks.class);

    private final CatalogueStore store;
    private final LinkCheckGraph cacheGraph;
    private final LinkCheckOptions options;

    StoredLinkChecks(CatalogueStore store, SlimcatIris iris, LinkCheckOptions options) {
        this.store = store;
        this.cacheGraph = new LinkCheckGraph(iris);
        this.options = options;
    }

    /** The statuses of the graph's URLs, or none when links are not to be checked. */
    LinkStatuses check(Node dataGraph, Set<String> privateHostsAllowed) {
        if (!options.enabled()) {
            return LinkStatuses.none();
        }
        SortedSet<String> urls = store.read(dsg -> DistributionUrls.of(dsg.getGraph(dataGraph)));
        LinkCheckCache cache = store.read(dsg -> LinkCheckGraph.read(dsg.getGraph(cacheGraph.graphName())));
        LinkCheckResults results = options.check(urls, privateHostsAllowed, cache);
        store.replaceGraph(cacheGraph.graphName(), cacheGraph.write(cache.with(results)));
        LOG.info("<{}>: {} URL(s), {} asked, {} reused from the link-check cache", dataGraph.getURI(), urls.size(),
                results.fetched(), results.reused());
        return results;
    }
}
