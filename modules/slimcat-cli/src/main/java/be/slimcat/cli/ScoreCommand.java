// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;

import be.slimcat.quality.GroupFigures;
import be.slimcat.quality.dqv.QualityFigures;
import be.slimcat.quality.dqv.RunFigures;
import be.slimcat.store.CatalogueStore;
import be.slimcat.vocab.SlimcatIris;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code slimcat score}: the stored quality figures and their trend over runs, for the whole catalogue,
 * one source or loaded graph, or one publisher.
 */
@Command(name = "score", mixinStandardHelpOptions = true, description = {
        "Print the stored quality figures (MQA score, stars, findings) and their trend over runs.",
        "Without options: every source and loaded graph, and the catalogue. Harvest or load first."})
final class ScoreCommand implements Callable<Integer> {
    @Mixin StoreOptions storeOptions;

    @ArgGroup(exclusive = true)
    Choice choice;

    /** At most one of these. */
    static final class Choice {
        @Option(names = "--source", paramLabel = "ID", description = "One harvest source: its runs and its publishers.")
        String source;

        @Option(names = "--graph", paramLabel = "IRI", description = "One loaded graph: its runs and its publishers.")
        String graph;

        @Option(names = "--publisher", paramLabel = "IRI", description = "One publisher: its figures in every run.")
        String publisher;
    }

    @Option(names = "--runs", defaultValue = "10", paramLabel = "N", description = "How many of the latest runs to show (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("--format is text or json, not '" + format + "'");
        }
        if (runs < 1) {
            throw new UsageException("--runs needs at least 1, not " + runs);
        }
        SlimcatIris iris = storeOptions.iris();
        CatalogueQuality catalogue = new CatalogueQuality(iris);
        try (CatalogueStore store = storeOptions.openStore()) {
            JsonObject json = new JsonObject();
            List<String> lines = new ArrayList<>();
            store.readWith(dsg -> {
                if (choice == null) {
                    Map<Node, RunFigures> latest = catalogue.latestPerSource(dsg);
                    if (latest.isEmpty()) {
                        throw new UsageException("No quality figures are stored yet: harvest or load data first");
                    }
                    lines.add("Latest figures per source and graph:");
                    lines.add(header("group"));
                    JsonArray groups = new JsonArray();
                    latest.forEach((group, figures) -> {
                        lines.add(row(group.getURI(), figures.group(group), null));
                        groups.add(toJson(group, figures));
                    });
                    json.put("groups", groups);
                    trend(dsg, catalogue.catalogue(), "The catalogue", lines, json);
                } else {
                    Node group = group(iris);
                    RunFigures latest = trend(dsg, group, group.getURI(), lines, json);
                    if (choice.publisher == null) {
                        Map<Node, RunFigures> byPublisher = QualityFigures.ofRun(dsg, iris.qualityTrendGraph(), latest.run());
                        byPublisher.remove(group);
                        lines.add("");
                        lines.add("Publishers in the latest run:");
                        lines.add(header("publisher"));
                        JsonArray publishers = new JsonArray();
                        byPublisher.forEach((p, figures) -> {
                            lines.add(row(p.getURI(), figures.group(p), null));
                            publishers.add(toJson(p, figures));
                        });
                        json.put("publishers", publishers);
                    }
                }
            });
            PrintWriter out = spec.commandLine().getOut();
            if (format.equals("json")) {
                out.println(JSON.toString(json));
            } else {
                lines.forEach(out::println);
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    private Node group(SlimcatIris iris) {
        try {
            if (choice.source != null) {
                return QualityTarget.ofSource(iris, choice.source).subject();
            }
            return NodeFactory.createURI(choice.graph != null ? choice.graph : choice.publisher);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Adds the group's latest runs to the lines and the JSON; returns the latest run. */
    private RunFigures trend(DatasetGraph dsg, Node group, String title, List<String> lines, JsonObject json) {
        List<RunFigures> all = QualityFigures.groupTrend(dsg, storeOptions.iris().qualityTrendGraph(), group);
        if (all.isEmpty()) {
            throw new UsageException("No quality figures are stored for <" + group.getURI() + ">: harvest or load it first");
        }
        List<RunFigures> shown = all.subList(Math.max(0, all.size() - runs), all.size());
        if (!lines.isEmpty()) {
            lines.add("");
        }
        lines.add(title + ": the latest " + shown.size() + " of " + all.size() + " run(s), oldest first");
        lines.add(header("measured") + "  change");
        JsonArray trend = new JsonArray();
        GroupFigures previous = all.size() > shown.size() ? all.get(all.size() - shown.size() - 1).group(group) : null;
        for (RunFigures figures : shown) {
            GroupFigures current = figures.group(group);
            lines.add(row(figures.generated().toString(), current, previous));
            trend.add(toJson(group, figures));
            previous = current;
        }
        json.put("group", group.getURI());
        json.put("trend", trend);
        return all.get(all.size() - 1);
    }

    private static String header(String first) {
        return String.format(Locale.ROOT, "%-60s %8s %9s %-10s %6s %10s %8s %6s", first, "datasets", "mean MQA", "band",
                "stars", "violations", "warnings", "infos");
    }

    private static String row(String first, GroupFigures f, GroupFigures previous) {
        String line = String.format(Locale.ROOT, "%-60s %8d %9.2f %-10s %6.2f %10d %8d %6d", first, f.datasets(),
                f.meanMqaScore(), f.band().id(), f.meanStars(), f.violations(), f.warnings(), f.infos());
        if (previous != null) {
            line += String.format(Locale.ROOT, "  %+.2f", f.meanMqaScore() - previous.meanMqaScore());
        }
        return line;
    }

    private static JsonObject toJson(Node group, RunFigures run) {
        JsonObject o = new JsonObject();
        o.put("group", group.getURI());
        o.put("run", run.run().getURI());
        o.put("measured", run.generated().toString());
        QualitySummary.putFigures(o, run.group(group));
        return o;
    }
}
