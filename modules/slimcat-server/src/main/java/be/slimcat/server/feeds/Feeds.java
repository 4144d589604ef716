// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.feeds;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.Filter;

import be.slimcat.store.CatalogueStore;
import be.slimcat.store.catalog.CatalogueFeed;
import be.slimcat.vocab.SlimcatIris;

/**
 * The feeds for other programs, as filters by path (they answer before the SPARQL endpoint's dispatch):
 * {@code /catalog} (DCAT-AP 3 with Hydra paging), {@code /void} and {@code /.well-known/void} (VoID),
 * {@code /sparql} with an RDF Accept header and no query (SPARQL 1.1 Service Description) and
 * {@code /dump.nq.gz} (the full dump).
 */
public final class Feeds {
    private final Map<String, Filter> filters = new LinkedHashMap<>();

    public Feeds(CatalogueStore store, SlimcatIris iris) {
        filters.put("/catalog", new CatalogueFeedFilter(store, new CatalogueFeed(iris)));
        VoidFilter voidFilter = new VoidFilter(store, new VoidDescription(iris));
        filters.put("/void", voidFilter);
        filters.put("/.well-known/void", voidFilter);
        filters.put("/sparql", new ServiceDescriptionFilter(store));
        filters.put("/dump.nq.gz", new DumpFilter(store));
    }

    /** The filters by path spec. */
    public Map<String, Filter> filters() {
        return filters;
    }
}
