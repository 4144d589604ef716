// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.catalog;

import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;

import be.slimcat.store.CatalogueStore;
import be.slimcat.store.SampleData;
import be.slimcat.vocab.RdfReader;
import be.slimcat.vocab.SlimcatIris;

/**
 * The sample data plus three harvested source graphs (gent: 2 datasets and 1 data service, antwerpen:
 * 2 datasets, leuven: 1 dataset of a source described nowhere) and a harvest log, from
 * {@code src/test/resources/catalog/}.
 */
final class HarvestedFixtures {
    private HarvestedFixtures() {}

    static Path directory() {
        return Path.of(System.getProperty("slimcat.repository", "../..")).resolve("modules/slimcat-store/src/test/resources/catalog");
    }

    static void loadInto(CatalogueStore store, SlimcatIris iris) {
        new SampleData(iris).loadInto(store);
        load(store, iris, iris.sourceGraph("gent"), "source-gent.ttl");
        load(store, iris, iris.sourceGraph("antwerpen"), "source-antwerpen.ttl");
        load(store, iris, iris.sourceGraph("leuven"), "source-leuven.ttl");
        load(store, iris, iris.graph("harvest-log"), "harvest-log.ttl");
    }

    private static void load(CatalogueStore store, SlimcatIris iris, Node graph, String file) {
        store.replaceGraph(graph, new RdfReader(iris).read(directory().resolve(file), Lang.TURTLE).graph());
    }
}
