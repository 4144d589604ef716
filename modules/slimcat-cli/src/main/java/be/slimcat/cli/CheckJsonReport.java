// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.util.List;
import java.util.Locale;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.util.FmtUtils;

import be.slimcat.quality.mqa.FixSuggestion;
import be.slimcat.quality.mqa.MqaDimension;
import be.slimcat.quality.mqa.MqaScore;
import be.slimcat.quality.mqa.ScoreSummary;
import be.slimcat.validation.Finding;
import be.slimcat.validation.Severity;

/**
 * The check for scripts: overall figures, the fixes, every dataset with its stars, score and findings,
 * and the findings of no dataset. Texts (reasons, fixes, messages) are in the report's language.
 */
final class CheckJsonReport {
    private final CheckWording words;

    CheckJsonReport(ReportLanguage language) {
        this.words = new CheckWording(language);
    }

    JsonObject toJson(CatalogueCheck check) {
        ScoreSummary summary = check.summary();
        JsonObject root = new JsonObject();
        root.put("source", check.source());
        root.put("language", words.tag());
        root.put("conforms", check.conforms());
        root.put("datasets", check.datasets().size());
        root.put("violations", check.count(Severity.VIOLATION));
        root.put("warnings", check.count(Severity.WARNING));
        root.put("maxScore", MqaDimension.MAX_TOTAL);
        root.put("meanScore", JsonNumber.value(Math.round(summary.meanTotal() * 10) / 10.0));
        root.put("band", summary.band().id());
        root.put("linksChecked", check.linksChecked());
        check.links().ifPresent(links -> {
            JsonObject statuses = new JsonObject();
            links.forEach(statuses::put);
            root.put("links", statuses);
        });
        JsonObject stars = new JsonObject();
        int[] counts = check.starsDistribution();
        for (int level = 0; level < counts.length; level++) {
            stars.put(Integer.toString(level), counts[level]);
        }
        root.put("stars", stars);
        JsonArray fixes = new JsonArray();
        check.fixes().forEach(f -> fixes.add(fix(f)));
        root.put("fixes", fixes);
        JsonArray records = new JsonArray();
        check.datasets().forEach(d -> records.add(dataset(d)));
        root.put("records", records);
        root.put("otherFindings", findings(check.others()));
        return root;
    }

    private JsonObject fix(FixSuggestion f) {
        JsonObject o = new JsonObject();
        o.put("indicator", f.indicator().name().toLowerCase(Locale.ROOT));
        o.put("text", f.text(words.tag()));
        o.put("datasets", f.datasets());
        o.put("distributions", f.distributions());
        o.put("minGain", f.minGain());
        o.put("maxGain", f.maxGain());
        o.put("totalGain", f.totalGain());
        return o;
    }

    private JsonObject dataset(DatasetCheck d) {
        JsonObject o = new JsonObject();
        o.put("dataset", text(d.dataset()));
        o.put("title", d.title());
        o.put("stars", d.stars());
        d.missedStar().ifPresent(r -> {
            o.put("missedStar", r.star());
            o.put("missedStarReason", r.text(words.tag()));
        });
        MqaScore score = d.assessment().score();
        JsonObject mqa = new JsonObject();
        mqa.put("total", score.total());
        mqa.put("band", score.band().id());
        mqa.put("notAssessed", score.notAssessedPoints());
        JsonObject dimensions = new JsonObject();
        score.dimensionPoints().forEach((dimension, points) -> dimensions.put(dimension.label("en"), points));
        mqa.put("dimensions", dimensions);
        o.put("score", mqa);
        o.put("conforms", d.conforms());
        o.put("violations", d.count(Severity.VIOLATION));
        o.put("warnings", d.count(Severity.WARNING));
        o.put("findings", findings(d.findings()));
        return o;
    }

    private JsonArray findings(List<Finding> findings) {
        JsonArray array = new JsonArray();
        for (Finding f : findings) {
            JsonObject o = new JsonObject();
            o.put("severity", f.severity().label());
            o.put("focusNode", text(f.focusNode()));
            o.put("path", f.path());
            if (f.value() != null) {
                o.put("value", FmtUtils.stringForNode(f.value()));
            }
            o.put("message", f.message(words.tag()));
            array.add(o);
        }
        return array;
    }

    private static String text(Node node) {
        return node.isURI() ? node.getURI() : FmtUtils.stringForNode(node);
    }
}
