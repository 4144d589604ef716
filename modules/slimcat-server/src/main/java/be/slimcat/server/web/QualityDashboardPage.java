// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;

import be.slimcat.quality.GroupFigures;
import be.slimcat.quality.dqv.QualityFigures;
import be.slimcat.quality.dqv.RunFigures;
import be.slimcat.store.CatalogueStore;
import be.slimcat.vocab.BundledQuery;
import be.slimcat.vocab.SlimcatIris;

/**
 * {@code GET /kwaliteit}: the quality dashboard. For the catalogue, each harvest source ({@code {base}/id/bron/{id}})
 * or loaded graph ({@code {base}/graph/{name}}) and each publisher: the latest mean MQA score and band, mean stars and findings, and the trend of the MQA score
 * over runs as a line chart; per graph the number of datasets with each star rating as a bar chart.
 * Charts are SVG drawn on the server, so the page needs no script.
 */
final class QualityDashboardPage extends HttpServlet {
    private static final Query STARS = BundledQuery.load(QualityDashboardPage.class, "queries/stars-per-graph.rq");
    private static final Query LABEL = BundledQuery.load(QualityDashboardPage.class, "queries/labels.rq");
    /** The most MQA points a dataset can get, the top of the trend charts. */
    private static final double MQA_MAX = 405;
    private static final int CHART_WIDTH = 160;
    private static final int CHART_HEIGHT = 40;

    private final transient CatalogueStore store;
    private final transient StoreQueries queries;
    private final transient HtmlPage page;
    private final transient SlimcatIris iris;

    QualityDashboardPage(CatalogueStore store, StoreQueries queries, HtmlPage page, SlimcatIris iris) {
        this.store = store;
        this.queries = queries;
        this.page = page;
        this.iris = iris;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String language = PageLanguage.choose(request, response).getLanguage();
        Node trendGraph = iris.qualityTrendGraph();
        Map<Node, List<RunFigures>> trends = store.read(dsg -> {
            Map<Node, List<RunFigures>> all = new LinkedHashMap<>();
            for (Node group : QualityFigures.groups(dsg, trendGraph)) {
                all.put(group, QualityFigures.groupTrend(dsg, trendGraph, group));
            }
            return all;
        });
        Map<String, int[]> stars = starsPerGraph();
        List<Map<String, Object>> catalogue = new ArrayList<>();
        List<Map<String, Object>> graphs = new ArrayList<>();
        List<Map<String, Object>> publishers = new ArrayList<>();
        String graphPrefix = iris.base() + "/graph/";
        String sourcePrefix = iris.base() + "/id/bron/";
        Node catalogueIri = iris.thing("catalogus", "slimcat");
        trends.forEach((subject, runs) -> {
            if (runs.isEmpty()) {
                return;
            }
            Map<String, Object> row = row(subject, runs, language);
            String iri = subject.getURI();
            if (subject.equals(catalogueIri)) {
                row.put("label", "");
                row.put("link", "/catalog");
                catalogue.add(row);
            } else if (iri.startsWith(sourcePrefix) || iri.startsWith(graphPrefix)) {
                String name = iri.startsWith(sourcePrefix) ? "source/" + iri.substring(sourcePrefix.length())
                        : iri.substring(graphPrefix.length());
                row.put("stars", starBars(stars.getOrDefault(name, new int[6])));
                graphs.add(row);
            } else {
                publishers.add(row);
            }
        });
        publishers.sort((a, b) -> Double.compare((double) b.get("mqaValue"), (double) a.get("mqaValue")));
        page.send(request, response, "quality", Map.of("catalogue", catalogue, "graphs", graphs,
                "publishers", publishers));
    }

    private Map<String, Object> row(Node subject, List<RunFigures> runs, String language) {
        GroupFigures latest = runs.get(runs.size() - 1).group(subject);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("iri", subject.getURI());
        row.put("link", subject.getURI());
        row.put("label", label(subject, language).orElse(subject.getURI()));
        row.put("datasets", latest.datasets());
        row.put("mqaValue", latest.meanMqaScore());
        row.put("mqa", String.format(Locale.ROOT, "%.1f", latest.meanMqaScore()));
        row.put("band", latest.band().label(language));
        row.put("bandId", latest.band().id());
        row.put("meanStars", String.format(Locale.ROOT, "%.1f", latest.meanStars()));
        row.put("violations", latest.violations());
        row.put("warnings", latest.warnings());
        row.put("runs", runs.size());
        row.put("trend", trendPoints(runs, subject));
        row.put("trendText", trendText(runs, subject));
        return row;
    }

    /** The SVG polyline points of the mean MQA score per run, oldest left. */
    private static String trendPoints(List<RunFigures> runs, Node subject) {
        StringJoiner points = new StringJoiner(" ");
        int n = runs.size();
        for (int i = 0; i < n; i++) {
            double x = n == 1 ? CHART_WIDTH / 2.0 : i * (double) CHART_WIDTH / (n - 1);
            double y = CHART_HEIGHT - runs.get(i).group(subject).meanMqaScore() / MQA_MAX * CHART_HEIGHT;
            points.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
        }
        return points.toString();
    }

    /** The same trend as text, for screen readers and the chart's title. */
    private static String trendText(List<RunFigures> runs, Node subject) {
        StringJoiner text = new StringJoiner(" → ");
        runs.forEach(run -> text.add(String.format(Locale.ROOT, "%.0f", run.group(subject).meanMqaScore())));
        return text.toString();
    }

    /** Per star rating 0–5: the count and the bar's width in percent of the largest count. */
    private static List<Map<String, Object>> starBars(int[] counts) {
        int max = 1;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        List<Map<String, Object>> bars = new ArrayList<>();
        for (int stars = 0; stars < counts.length; stars++) {
            bars.add(Map.of("stars", stars, "count", counts[stars], "width", counts[stars] * 100 / max));
        }
        return bars;
    }

    /** By data graph name ({@code source/gent} for source {@code gent}, {@code examples}): datasets per star rating 0–5. */
    private Map<String, int[]> starsPerGraph() {
        String qualityPrefix = iris.base() + "/graph/quality/";
        Map<String, int[]> stars = new LinkedHashMap<>();
        for (Map<String, String> row : queries.select(STARS,
                Map.of("qualityPrefix", NodeFactory.createLiteralString(qualityPrefix)))) {
            String name = row.get("qualityGraph").substring(qualityPrefix.length());
            int rating = (int) Double.parseDouble(row.get("stars"));
            if (rating >= 0 && rating <= 5) {
                stars.computeIfAbsent(name, n -> new int[6])[rating] = Integer.parseInt(row.get("datasets"));
            }
        }
        return stars;
    }

    private java.util.Optional<String> label(Node thing, String language) {
        List<Map<String, String>> rows = queries.select(LABEL, Map.of("thing", thing,
                "language", NodeFactory.createLiteralString(language)));
        return rows.isEmpty() ? java.util.Optional.empty() : java.util.Optional.ofNullable(rows.get(0).get("label"));
    }
}
