// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.dqv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Reads stored figures back from the quality graph with the bundled queries
 * ({@code queries/latest-figures.rq}, {@code queries/metric-trend.rq}). Call inside a read transaction
 * of the dataset.
 */
public final class QualityFigures {
    private static final Query LATEST = load("latest-figures.rq");
    private static final Query TREND = load("metric-trend.rq");

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

    private static Instant instant(Binding row) {
        return Instant.parse(row.get("generated").getLiteralLexicalForm());
    }

    private static Query load(String name) {
        try (InputStream in = QualityFigures.class.getResourceAsStream("/be/slimcat/quality/queries/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The query " + name + " is not bundled (a broken build?)");
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the query resource " + name, e);
        }
    }
}
