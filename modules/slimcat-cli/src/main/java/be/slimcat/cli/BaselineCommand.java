// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Node;

import be.slimcat.store.CatalogueStore;
import be.slimcat.vocab.SlimcatIris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code slimcat baseline accept|show|clear}: the findings an operator accepts for a source or graph. */
@Command(name = "baseline", mixinStandardHelpOptions = true, description = {
        "The findings accepted for a source or loaded graph: nightly reports show only what is new against them.",
        "The baseline is the graph {base}/graph/baseline/{name}; keep it as a file with 'slimcat export --graph'."},
        subcommands = {BaselineCommand.Accept.class, BaselineCommand.Show.class, BaselineCommand.Clear.class})
final class BaselineCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        throw new UsageException("Missing a subcommand: accept, show or clear");
    }

    /** Makes the findings of the latest run the baseline. */
    @Command(name = "accept", mixinStandardHelpOptions = true,
            description = "Accept every finding of the latest validation of the source or graph as its baseline.")
    static final class Accept implements Callable<Integer> {
        @Mixin StoreOptions storeOptions;
        @Mixin QualityTargetOptions targetOptions;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            SlimcatIris iris = storeOptions.iris();
            QualityTarget target = targetOptions.target(iris);
            try (CatalogueStore store = storeOptions.openStore()) {
                if (!store.containsGraph(target.qualityGraph())) {
                    throw new UsageException("No validation of " + target.name() + " is stored yet (no graph <"
                            + target.qualityGraph().getURI() + ">): harvest or load it first");
                }
                Baseline baseline = store.read(dsg -> Baseline.ofStoredFindings(dsg, target.qualityGraph()));
                store.replaceGraph(target.baselineGraph(), baseline.toGraph(Instant.now()));
                spec.commandLine().getOut().printf("Accepted %d finding(s) of %s as its baseline in <%s>%n",
                        baseline.accepted().size(), target.name(), target.baselineGraph().getURI());
                return ExitCodes.OK;
            }
        }
    }

    /** Lists the accepted findings. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "List the accepted findings of the source or graph.")
    static final class Show implements Callable<Integer> {
        @Mixin StoreOptions storeOptions;
        @Mixin QualityTargetOptions targetOptions;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            QualityTarget target = targetOptions.target(storeOptions.iris());
            PrintWriter out = spec.commandLine().getOut();
            try (CatalogueStore store = storeOptions.openStore()) {
                Baseline baseline = store.read(dsg -> Baseline.read(dsg, target.baselineGraph()));
                out.printf("%d accepted finding(s) for %s in <%s>%n", baseline.accepted().size(), target.name(),
                        target.baselineGraph().getURI());
                baseline.accepted().values().forEach(label -> out.println("  " + label));
                return ExitCodes.OK;
            }
        }
    }

    /** Removes the baseline. */
    @Command(name = "clear", mixinStandardHelpOptions = true, description = "Remove the baseline of the source or graph.")
    static final class Clear implements Callable<Integer> {
        @Mixin StoreOptions storeOptions;
        @Mixin QualityTargetOptions targetOptions;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            QualityTarget target = targetOptions.target(storeOptions.iris());
            try (CatalogueStore store = storeOptions.openStore()) {
                store.write(dsg -> {
                    dsg.deleteAny(target.baselineGraph(), Node.ANY, Node.ANY, Node.ANY);
                    return null;
                });
                spec.commandLine().getOut().printf("Cleared the baseline of %s: every finding is new again%n", target.name());
                return ExitCodes.OK;
            }
        }
    }
}
