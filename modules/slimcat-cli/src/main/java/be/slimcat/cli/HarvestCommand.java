// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.graph.Node;

import be.slimcat.harvest.HarvestReport;
import be.slimcat.harvest.HarvestRun;
import be.slimcat.harvest.HarvestSource;
import be.slimcat.harvest.HarvestStatus;
import be.slimcat.harvest.Harvester;
import be.slimcat.harvest.PreviousHarvest;
import be.slimcat.harvest.RecordProblem;
import be.slimcat.harvest.http.FetchPolicy;
import be.slimcat.store.CatalogueStore;
import be.slimcat.store.GraphSummary;
import be.slimcat.vocab.SlimcatIris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "harvest", mixinStandardHelpOptions = true, description = {
    "Harvest a portal into its own named graph ({base}/graph/source/{id}), replaced in one transaction.",
    "A run that cannot reach the source, loses a page, or shrinks by more than half keeps the last good data.",
    "Exit 0 all good, 3 some records or pages rejected (or the result refused), 4 the source unavailable."})
final class HarvestCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions storeOptions;

    @Option(names = "--url", required = true, paramLabel = "URL", description = "The first page of the portal's feed or API.")
    String url;

    @Option(names = "--dialect", required = true, paramLabel = "NAME", description = "The portal dialect: dcat.")
    String dialect;

    @Option(names = "--id", paramLabel = "ID", description = "Source identifier (default: from the host name).")
    String id;

    @Option(names = "--allow-host", paramLabel = "HOST", description = "A host that may resolve to a private or loopback address.")
    List<String> allowHosts = new ArrayList<>();

    @Option(names = "--accept-shrink", description = "Replace the source's data even when it lost more records than allowed.")
    boolean acceptShrink;

    @Option(names = "--dry-run", description = "Harvest and report, but change nothing in the store.")
    boolean dryRun;

    @Option(names = "--report", paramLabel = "FILE", description = "Write the report as JSON to this file.")
    Path report;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        SlimcatIris iris = storeOptions.iris();
        URI endpoint = endpoint();
        String sourceId = id != null ? id : defaultId(endpoint);
        HarvestSource source = HarvestSource.adHoc(sourceId, endpoint, dialect, Set.copyOf(allowHosts));
        try (CatalogueStore store = storeOptions.openStore()) {
            Harvester harvester = Harvester.withAllDialects(iris, FetchPolicy.defaults(),
                    store.directory().resolve("staging"));
            Node graph = harvester.sourceGraph(source);
            Map<String, String> previous = store.read(dsg -> PreviousHarvest.recordHashes(dsg.getGraph(graph)));
            try (HarvestRun run = harvester.run(source, previous, acceptShrink)) {
                if (!dryRun) {
                    apply(store, iris, graph, run, out);
                }
                printSummary(run, out);
                if (report != null) {
                    Files.writeString(report, JSON.toString(HarvestReport.toJson(List.of(run))), StandardCharsets.UTF_8);
                    out.println("Report written to " + report);
                }
                out.flush();
                return exitCode(run);
            }
        }
    }

    private static void apply(CatalogueStore store, SlimcatIris iris, Node graph, HarvestRun run, PrintWriter out) {
        if (run.status().replacesGraph()) {
            var triples = run.sourceGraph();
            try {
                GraphSummary stored = store.replaceGraph(graph, triples);
                out.printf("Stored %d triples in <%s>%n", stored.triples(), graph.getURI());
            } finally {
                triples.close();
            }
        } else {
            out.printf("Kept the last good data of <%s>%n", graph.getURI());
        }
        store.addToGraph(iris.graph("harvest-log"), run.provenance());
    }

    private static void printSummary(HarvestRun run, PrintWriter out) {
        out.printf("%-20s %-11s %8s %7s %7s %9s %7s %8s %6s %8s%n", "source", "status", "records", "added", "changed",
                "unchanged", "removed", "rejected", "pages", "seconds");
        out.printf("%-20s %-11s %8d %7d %7d %9d %7d %8d %6d %8.1f%n", run.source().id(), run.status().label(),
                run.staged().records().size(), run.changes().added(), run.changes().changed(), run.changes().unchanged(),
                run.changes().removed(), run.staged().rejectedCount(), run.staged().pagesRead().size(),
                Duration.between(run.started(), run.ended()).toMillis() / 1000.0);
        out.println(run.source().id() + ": " + run.message());
        List<RecordProblem> problems = run.staged().problems();
        for (RecordProblem p : problems.subList(0, Math.min(10, problems.size()))) {
            out.printf("  %s %s%s: %s%n", p.rejected() ? "rejected" : "repaired", p.page(),
                    p.recordId().isEmpty() ? "" : " record '" + p.recordId() + "'", p.reason());
        }
        if (run.staged().problemCount() > 10) {
            out.printf("  … and %d more problem(s); see --report%n", run.staged().problemCount() - 10);
        }
    }

    private static int exitCode(HarvestRun run) {
        if (run.status() == HarvestStatus.UNAVAILABLE) {
            return ExitCodes.REMOTE_UNAVAILABLE;
        }
        if (run.status() != HarvestStatus.SUCCEEDED || run.staged().rejectedCount() > 0) {
            return ExitCodes.DATA_PROBLEMS;
        }
        return ExitCodes.OK;
    }

    private URI endpoint() {
        try {
            URI uri = new URI(url);
            if (!uri.isAbsolute() || uri.getHost() == null) {
                throw new UsageException("--url needs an absolute http(s) URL, not '" + url + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new UsageException("--url is not a valid URL: " + e.getMessage());
        }
    }

    private static String defaultId(URI endpoint) {
        String slug = endpoint.getHost().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "source" : slug;
    }
}
