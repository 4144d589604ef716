// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.dqv;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;

import be.slimcat.vocab.BundledQuery;

/**
 * Reads stored figures back from the quality graph with the bundled queries
 * ({@code queries/latest-figures.rq}, {@code queries/metric-trend.rq}). Call inside a read transaction
 * of the dataset.
 */
public final class QualityFigures {
    private static final Query LATEST = load("latest-figures.rq");
    private static final Query TREND = load("metric-trend.rq");
    private static final Query GROUP_TREND = load("group-trend.rq");
    private static final Query GROUPS = load("groups.rq");
    private static final Query RUN_GROUPS = load("run-groups.rq");

    private QualityFigures() {}

    /**
     * The measurements of the most recent run that measured a record, ordered by metric; star reasons in
     * {@code language} ("nl" or "en").
     */
    public static List<Figure> latest(DatasetGraph dataset, Node qualityGraph, Node record, String language) {
        List<Figure> figures = new ArrayList<>();
        QueryExec.dataset(dataset).query(LATEST)
                .substitution("qualityGraph", qualityGraph)
                .substitution("record", record)
                .substitution("language", NodeFactory.createLiteralString(language))
                .select().forEachRemaining(row -> figures.add(new Figure(row.get("metric"), row.get("value"),
                        instant(row), row.get("run"), Optional.ofNullable(row.get("comment")).map(Node::getLiteralLexicalForm))));
        return List.copyOf(figures);
    }

    /** The values of one metric on a record over all runs, oldest first. */
    public static List<Figure> trend(DatasetGraph dataset, Node qualityGraph, Node record, Resource metric) {
        List<Figure> figures = new ArrayList<>();
        QueryExec.dataset(dataset).query(TREND)
                .substitution("qualityGraph", qualityGraph)
                .substitution("record", record)
                .substitution("metric", metric.asNode())
                .select().forEachRemaining(row -> figures.add(new Figure(metric.asNode(), row.get("value"),
                        instant(row), row.get("run"), Optional.empty())));
        return List.copyOf(figures);
    }

    /** Every figure of a group (a source, graph, publisher or the catalogue) per run, oldest run first. */
    public static List<RunFigures> groupTrend(DatasetGraph dataset, Node qualityGraph, Node subject) {
        RowSet rows = QueryExec.dataset(dataset).query(GROUP_TREND)
                .substitution("qualityGraph", qualityGraph)
                .substitution("subject", subject)
                .select();
        return List.copyOf(pivot(rows, row -> row.get("run"), row -> row.get("run")).values());
    }

    /** The figures of every group one run measured, by subject, sorted by subject IRI. */
    public static Map<Node, RunFigures> ofRun(DatasetGraph dataset, Node qualityGraph, Node run) {
        RowSet rows = QueryExec.dataset(dataset).query(RUN_GROUPS)
                .substitution("qualityGraph", qualityGraph)
                .substitution("run", run)
                .select();
        return pivot(rows, row -> row.get("subject"), row -> run);
    }

    /** One {@link RunFigures} per key, in the order the keys first come, from rows of metric and value. */
    private static Map<Node, RunFigures> pivot(RowSet rows, Function<Binding, Node> key, Function<Binding, Node> run) {
        Map<Node, Map<Node, Node>> values = new LinkedHashMap<>();
        Map<Node, Binding> first = new LinkedHashMap<>();
        rows.forEachRemaining(row -> {
            Node k = key.apply(row);
            values.computeIfAbsent(k, x -> new LinkedHashMap<>()).put(row.get("metric"), row.get("value"));
            first.putIfAbsent(k, row);
        });
        Map<Node, RunFigures> figures = new LinkedHashMap<>();
        first.forEach((k, row) -> figures.put(k, new RunFigures(run.apply(row), instant(row), values.get(k))));
        return figures;
    }

    /** The groups with figures in the quality graph, most recently measured first. */
    public static List<Node> groups(DatasetGraph dataset, Node qualityGraph) {
        List<Node> groups = new ArrayList<>();
        QueryExec.dataset(dataset).query(GROUPS).substitution("qualityGraph", qualityGraph)
                .select().forEachRemaining(row -> groups.add(row.get("subject")));
        return List.copyOf(groups);
    }

    private static Instant instant(Binding row) {
        return Instant.parse(row.get("generated").getLiteralLexicalForm());
    }

    private static Query load(String name) {
        return BundledQuery.load(QualityFigures.class, "/be/slimcat/quality/queries/" + name);
    }
}
