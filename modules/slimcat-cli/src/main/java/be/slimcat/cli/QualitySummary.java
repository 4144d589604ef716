// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

import be.slimcat.quality.GroupFigures;

/** The figures of a {@link QualityPass} for people (a few lines) and for scripts (JSON). */
final class QualitySummary {
    /** How many new findings the text shows; the JSON report has up to {@link BaselineComparison#SAMPLES}. */
    static final int NEW_SHOWN = 10;

    private QualitySummary() {}

    /** The pass in a few lines; {@code acceptCommand} is how the operator accepts the findings. */
    static void print(QualityPass.Result result, String acceptCommand, PrintWriter out) {
        GroupFigures f = result.figures();
        String scores = f.datasets() == 0 ? "no dataset to score"
                : String.format(Locale.ROOT, "%d dataset(s) scored: mean MQA %.1f of 405 (%s), mean %.1f stars",
                        f.datasets(), f.meanMqaScore(), f.band().id(), f.meanStars());
        out.printf(Locale.ROOT, "Quality of %s: %d record(s) validated, %s; %d violation(s), %d warning(s), %d info(s) (in <%s>)%n",
                result.target().name(), result.records(), scores, f.violations(), f.warnings(), f.infos(),
                result.target().qualityGraph().getURI());
        BaselineComparison.Outcome b = result.baseline();
        long findings = f.violations() + f.warnings() + f.infos();
        if (!b.hasBaseline()) {
            if (findings > 0) {
                out.printf("  No baseline yet: all %d finding(s) are new. Accept them with: %s%n", findings, acceptCommand);
            }
            return;
        }
        out.printf("  Against the baseline: %d new, %d still open, %d fixed%n", b.newCount(), b.openCount(), b.fixed().size());
        List<String> shown = b.newSamples().subList(0, Math.min(NEW_SHOWN, b.newSamples().size()));
        shown.forEach(label -> out.println("    new: " + label));
        if (b.newCount() > shown.size()) {
            out.printf("    … and %d more new finding(s); see --report%n", b.newCount() - shown.size());
        }
    }

    /** The pass as JSON, for the harvest report. */
    static JsonObject toJson(QualityPass.Result result) {
        JsonObject o = new JsonObject();
        o.put("qualityGraph", result.target().qualityGraph().getURI());
        o.put("records", result.records());
        putFigures(o, result.figures());
        BaselineComparison.Outcome b = result.baseline();
        JsonObject baseline = new JsonObject();
        baseline.put("accepted", b.hasBaseline());
        baseline.put("new", b.newCount());
        baseline.put("open", b.openCount());
        baseline.put("fixed", b.fixed().size());
        baseline.put("newFindings", strings(b.newSamples()));
        baseline.put("fixedFindings", strings(b.fixed()));
        o.put("baseline", baseline);
        return o;
    }

    /** Puts a group's figures into a JSON object: datasets, meanMqaScore, band, meanStars, violations, warnings, infos. */
    static void putFigures(JsonObject o, GroupFigures f) {
        o.put("datasets", f.datasets());
        o.put("meanMqaScore", round(f.meanMqaScore()));
        o.put("band", f.band().id());
        o.put("meanStars", round(f.meanStars()));
        o.put("violations", f.violations());
        o.put("warnings", f.warnings());
        o.put("infos", f.infos());
    }

    private static JsonNumber round(double value) {
        return JsonNumber.value(Math.round(value * 100) / 100.0);
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }
}
