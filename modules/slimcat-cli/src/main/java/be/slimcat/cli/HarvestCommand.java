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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

import be.slimcat.harvest.ConfiguredSource;
import be.slimcat.harvest.HarvestHtmlReport;
import be.slimcat.harvest.HarvestProgress;
import be.slimcat.harvest.HarvestReport;
import be.slimcat.harvest.HarvestRun;
import be.slimcat.harvest.HarvestSource;
import be.slimcat.harvest.HarvestStatus;
import be.slimcat.harvest.Harvester;
import be.slimcat.harvest.RecordProblem;
import be.slimcat.harvest.http.FetchPolicy;
import be.slimcat.quality.GroupFigures;
import be.slimcat.store.CatalogueStore;
import be.slimcat.vocab.SlimcatIris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "harvest", mixinStandardHelpOptions = true, description = {
    "Harvest portals, each into its own named graph ({base}/graph/source/{id}), replaced in one transaction.",
    "Without --url: the enabled sources of the bundled sources.ttl and of every --sources file (or the ones named",
    "with --source), validated with the source shapes before anything runs.",
    "A run that cannot reach the source, loses a page, or shrinks by more than half keeps the last good data.",
    "Exit 0 all good, 3 some records or pages rejected (or the result refused), 4 the source unavailable."})
final class HarvestCommand implements Callable<Integer> {
    private static final List<String> DIALECTS = List.of("dcat", "ckan", "dkan", "opendatasoft", "dcat-us", "socrata");

    @Spec CommandSpec spec;
    @Mixin StoreOptions storeOptions;
    @Mixin LinkCheckOptions linkCheckOptions;

    @Option(names = "--url", paramLabel = "URL", description = "Harvest one ad-hoc source: the first page of its feed or API.")
    String url;

    @Option(names = "--dialect", paramLabel = "NAME", description = "The dialect of the ad-hoc source: dcat, ckan, dkan, opendatasoft, dcat-us or socrata.")
    String dialect;

    @Option(names = "--source", paramLabel = "ID", description = "Harvest only this source of the sources files (repeatable; also disabled ones).")
    List<String> sourceIds = new ArrayList<>();

    @Option(names = "--sources", paramLabel = "FILE", description = "Another sources file (Turtle), next to the bundled sources.ttl.")
    List<Path> sourcesFiles = new ArrayList<>();

    @Option(names = "--full", description = "Ask for every record, also from incremental sources.")
    boolean full;

    @Option(names = "--id", paramLabel = "ID", description = "Source identifier (default: from the host name).")
    String id;

    @Option(names = "--allow-host", paramLabel = "HOST", description = "A host that may resolve to a private or loopback address.")
    List<String> allowHosts = new ArrayList<>();

    @Option(names = "--accept-shrink", description = "Replace the source's data even when it lost more records than allowed.")
    boolean acceptShrink;

    @Option(names = "--dry-run", description = "Harvest and report, but change nothing in the store.")
    boolean dryRun;

    @Option(names = "--report", paramLabel = "FILE", description = "Write the report to this file: HTML when it ends in .html, else JSON (repeatable).")
    List<Path> reports = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        SlimcatIris iris = storeOptions.iris();
        linkCheckOptions.settings();
        List<HarvestSource> sources = url != null ? List.of(adHocSource()) : configuredSources(iris);
        List<HarvestRun> runs = new ArrayList<>();
        Map<String, QualityPass.Result> qualities = new java.util.LinkedHashMap<>();
        try (CatalogueStore store = storeOptions.openStore()) {
            Harvester harvester = Harvester.withAllDialects(iris, FetchPolicy.defaults(), store.directory().resolve("staging"));
            HarvestPipeline pipeline = new HarvestPipeline(store, iris, harvester, QualityPass.bundled(store, iris));
            StoredLinkChecks links = new StoredLinkChecks(store, iris, linkCheckOptions);
            try {
                boolean replaced = false;
                for (HarvestSource source : sources) {
                    HarvestSource effective = full && source.incremental() ? source.nonIncremental() : source;
                    HarvestPipeline.Applied applied = pipeline.harvest(effective, acceptShrink, dryRun, progress(),
                            links::check);
                    if (System.console() != null) {
                        spec.commandLine().getErr().print("\r\033[K");
                        spec.commandLine().getErr().flush();
                    }
                    HarvestRun run = applied.run();
                    runs.add(run);
                    if (applied.stored() != null) {
                        replaced = true;
                        if (run.effect() == HarvestRun.Effect.MERGE) {
                            out.printf("Merged %d added or changed record(s) into <%s>, kept the others: %d triples%n",
                                    run.changes().added() + run.changes().changed(), applied.stored().graph().getURI(),
                                    applied.stored().triples());
                        } else {
                            out.printf("Stored %d triples in <%s>%n", applied.stored().triples(), applied.stored().graph().getURI());
                        }
                    } else if (!dryRun) {
                        out.printf("Kept the last good data of <%s>%n", harvester.sourceGraph(effective).getURI());
                    }
                    if (applied.quality() != null) {
                        qualities.put(run.source().id(), applied.quality());
                        QualitySummary.print(applied.quality(), "slimcat baseline accept --source " + run.source().id(), out);
                    }
                }
                if (replaced) {
                    out.printf("Datasets harvested from more than one source: %d (linked in <%s>)%n",
                            pipeline.refreshDuplicates(), iris.graph("duplicates").getURI());
                    if (!qualities.isEmpty()) {
                        GroupFigures catalogue = pipeline.refreshCatalogueQuality(
                                runs.stream().filter(r -> qualities.containsKey(r.source().id())).map(HarvestRun::iri).toList());
                        out.printf(Locale.ROOT, "Quality of the catalogue: %d dataset(s), mean MQA %.1f of 405 (%s), mean %.1f stars%n",
                                catalogue.datasets(), catalogue.meanMqaScore(), catalogue.band().id(), catalogue.meanStars());
                    }
                    pipeline.compact().ifPresent(c -> out.printf("Compacted the store: %.1f MB → %.1f MB%n",
                            c.bytesBefore() / 1e6, c.bytesAfter() / 1e6));
                }
                printSummary(runs, out);
                for (Path report : reports) {
                    String text = report.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".html")
                            ? HarvestHtmlReport.toHtml(runs, Instant.now()) : JSON.toString(withQuality(HarvestReport.toJson(runs), qualities));
                    Files.writeString(report, text, StandardCharsets.UTF_8);
                    out.println("Report written to " + report);
                }
                out.flush();
                return runs.stream().mapToInt(HarvestCommand::exitCode).max().orElse(ExitCodes.OK);
            } finally {
                runs.forEach(HarvestRun::close);
            }
        }
    }

    /** The harvest report with each stored source's quality figures under "quality". */
    private static JsonObject withQuality(JsonObject report, Map<String, QualityPass.Result> qualities) {
        report.get("sources").getAsArray().forEach(source -> {
            QualityPass.Result quality = qualities.get(source.getAsObject().getString("source"));
            if (quality != null) {
                source.getAsObject().put("quality", QualitySummary.toJson(quality));
            }
        });
        return report;
    }

    /** A progress line on a terminal; nothing otherwise (the log has a line per page). */
    private HarvestProgress progress() {
        if (System.console() == null) {
            return HarvestProgress.NONE;
        }
        PrintWriter err = spec.commandLine().getErr();
        return (source, pages, records) -> {
            err.printf("\r\033[K%s: %d page(s), %,d record(s)", source, pages, records);
            err.flush();
        };
    }

    private HarvestSource adHocSource() {
        if (dialect == null) {
            throw new UsageException("--url needs --dialect (" + String.join(", ", DIALECTS) + ")");
        }
        if (!sourceIds.isEmpty() || !sourcesFiles.isEmpty()) {
            throw new UsageException("--url harvests one ad-hoc source; it does not go with --source or --sources");
        }
        URI endpoint = endpoint();
        return HarvestSource.adHoc(id != null ? id : defaultId(endpoint), endpoint, dialect, Set.copyOf(allowHosts));
    }

    private List<HarvestSource> configuredSources(SlimcatIris iris) {
        if (dialect != null || id != null || !allowHosts.isEmpty()) {
            throw new UsageException("--dialect, --id and --allow-host go with --url; set them in a sources file otherwise");
        }
        List<ConfiguredSource> all = SourcesFiles.load(sourcesFiles, iris, spec.commandLine().getOut(),
                spec.commandLine().getErr());
        if (sourceIds.isEmpty()) {
            return all.stream().filter(ConfiguredSource::enabled).map(ConfiguredSource::source).toList();
        }
        Map<String, HarvestSource> byId = new java.util.LinkedHashMap<>();
        all.forEach(c -> byId.put(c.source().id(), c.source()));
        List<HarvestSource> chosen = new ArrayList<>();
        for (String wanted : sourceIds) {
            HarvestSource s = byId.get(wanted);
            if (s == null) {
                throw new UsageException("No source '" + wanted + "' (known: " + String.join(", ", byId.keySet()) + ")");
            }
            chosen.add(s);
        }
        return chosen;
    }

    private static void printSummary(List<HarvestRun> runs, PrintWriter out) {
        out.printf("%-20s %-11s %8s %7s %7s %9s %7s %8s %6s %8s%n", "source", "status", "records", "added", "changed",
                "unchanged", "removed", "rejected", "pages", "seconds");
        runs.forEach(run -> printRow(run, out));
        runs.forEach(run -> printProblems(run, out));
    }

    private static void printRow(HarvestRun run, PrintWriter out) {
        out.printf("%-20s %-11s %8d %7d %7d %9d %7d %8d %6d %8.1f%n", run.source().id(), run.status().label(),
                run.staged().size(), run.changes().added(), run.changes().changed(), run.changes().unchanged(),
                run.changes().removed(), run.staged().rejectedCount(), run.staged().pagesRead().size(),
                Duration.between(run.started(), run.ended()).toMillis() / 1000.0);
    }

    private static void printProblems(HarvestRun run, PrintWriter out) {
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
