// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.slimcat.harvest.HarvestSource;
import be.slimcat.harvest.Harvester;
import be.slimcat.harvest.http.FetchPolicy;
import be.slimcat.reliability.Budget;
import be.slimcat.reliability.PortalServer;
import be.slimcat.reliability.PortalState;
import be.slimcat.reliability.PropertyTally;
import be.slimcat.reliability.SlimcatProcess;
import be.slimcat.reliability.StoreSnapshot;
import be.slimcat.store.CatalogueStore;
import be.slimcat.vocab.SlimcatIris;

/**
 * Two harvests never run at the same time on one store. Inside a process, harvests started together on
 * the server's pipeline run one after the other (the portal never sees two at once). Across processes, a
 * second {@code slimcat harvest} (or {@code serve}) on a store that a running harvest holds stops at once
 * with exit code 2 and a message naming the store, and the running harvest completes.
 */
class ExclusiveHarvestsIT {
    private static final SlimcatIris IRIS = SlimcatIris.defaults();

    @TempDir Path dir;

    @Test
    void harvests_started_together_in_one_process_run_one_after_the_other() throws Exception {
        PropertyTally tally = new PropertyTally("no overlapping harvests in one process");
        Random random = new Random(11);
        try (PortalServer portal = new PortalServer(); CatalogueStore store = CatalogueStore.open(dir.resolve("store"))) {
            portal.delay(300);
            HarvestPipeline pipeline = new HarvestPipeline(store, IRIS, Harvester.withAllDialects(IRIS, FetchPolicy.defaults(),
                    store.directory().resolve("staging")), QualityPass.bundled(store, IRIS));
            List<String> sources = List.of("een", "twee", "drie");
            ExecutorService threads = Executors.newFixedThreadPool(sources.size());
            try {
                for (int trial = 0; trial < Budget.trials(3); trial++) {
                    portal.resetCounts();
                    List<Future<Integer>> runs = new java.util.ArrayList<>();
                    for (String source : sources) {
                        PortalState state = PortalState.withDatasets(50 + random.nextInt(50), random);
                        portal.serve("/" + source + ".ttl", "text/turtle", state.turtle());
                        HarvestSource s = HarvestSource.adHoc(source, portal.url("/" + source + ".ttl"), "dcat", Set.of("127.0.0.1"));
                        runs.add(threads.submit(() -> {
                            HarvestPipeline.Applied applied = pipeline.harvest(s, true, false);
                            applied.run().close();
                            return applied.stored() == null ? -1 : state.size();
                        }));
                    }
                    boolean allStored = true;
                    for (Future<Integer> run : runs) {
                        allStored &= run.get() > 0;
                    }
                    tally.check(allStored && portal.mostInFlight() == 1 && portal.requests() == sources.size(),
                            "trial " + trial + ": " + portal.mostInFlight() + " portal requests at once, "
                                    + portal.requests() + " in all, all stored: " + allStored);
                }
            } finally {
                threads.shutdownNow();
            }
        }
        tally.figure("3 harvests started at once per trial; the portal answers each request after 300 ms");
        tally.report();
    }

    @Test
    void a_second_process_on_a_store_in_use_stops_with_a_clear_error_and_the_first_completes() throws Exception {
        PropertyTally tally = new PropertyTally("no overlapping harvests across processes");
        Path store = dir.resolve("store");
        Random random = new Random(12);
        try (PortalServer portal = new PortalServer()) {
            String url = portal.url("/catalog.ttl").toString();
            String[] harvest = {"harvest", "--store", store.toString(), "--url", url, "--dialect", "dcat", "--id", "bron",
                "--allow-host", "127.0.0.1", "--accept-shrink"};
            for (int trial = 0; trial < Budget.trials(2); trial++) {
                PortalState state = PortalState.withDatasets(100 + random.nextInt(100), random);
                portal.serve("/catalog.ttl", "text/turtle", state.turtle());
                portal.delay(4000);
                portal.resetCounts();
                SlimcatProcess first = SlimcatProcess.start(dir.resolve("first-" + trial + ".log"), harvest);
                while (portal.requests() == 0 && first.isAlive()) {
                    Thread.sleep(50); // the first process has the store open once it asks the portal
                }
                String[] second = trial % 2 == 0 ? harvest
                        : new String[] {"serve", "--store", store.toString(), "--port", "0", "--localhost"};
                SlimcatProcess.Finished refused = SlimcatProcess.start(dir.resolve("second-" + trial + ".log"), second).awaitEnd(120);
                portal.delay(0);
                SlimcatProcess.Finished completed = first.awaitEnd(300);
                Graph stored = StoreSnapshot.of(store).graph(IRIS.sourceGraph("bron"));
                long datasets = stored.find(null, org.apache.jena.vocabulary.RDF.type.asNode(),
                        org.apache.jena.vocabulary.DCAT.Dataset.asNode()).toList().size();
                boolean clear = refused.exitCode() == 2 && refused.output().contains("Cannot open the store at " + store);
                tally.check(clear && completed.exitCode() == 0 && datasets == state.size(),
                        "trial " + trial + ": second '" + second[0] + "' exit " + refused.exitCode() + " ("
                                + refused.output().strip() + "), first exit " + completed.exitCode() + ", "
                                + datasets + " of " + state.size() + " datasets stored");
                if (trial == 0) {
                    tally.figure("the second process says: %s", refused.output().strip().lines().reduce((a, b) -> b).orElse(""));
                }
            }
        }
        tally.report();
    }
}
