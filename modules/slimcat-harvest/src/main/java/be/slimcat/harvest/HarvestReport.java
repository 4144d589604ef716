// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/** The report of one harvest command: per source its status, counts, duration, lost pages and problems. */
public final class HarvestReport {
    private HarvestReport() {}

    /** The runs as one JSON object, for scripts and dashboards. */
    public static JsonObject toJson(List<HarvestRun> runs) {
        JsonObject root = new JsonObject();
        JsonArray sources = new JsonArray();
        for (HarvestRun run : runs) {
            sources.add(toJson(run));
        }
        root.put("sources", sources);
        return root;
    }

    static JsonObject toJson(HarvestRun run) {
        JsonObject o = new JsonObject();
        o.put("source", run.source().id());
        o.put("endpoint", run.source().endpoint().toString());
        o.put("dialect", run.source().dialect());
        o.put("run", run.iri().getURI());
        o.put("status", run.status().label());
        o.put("effect", run.effect().name().toLowerCase(java.util.Locale.ROOT));
        run.changedSince().ifPresent(since -> o.put("changedSince", since.toString()));
        o.put("message", run.message());
        o.put("started", run.started().toString());
        o.put("ended", run.ended().toString());
        o.put("milliseconds", Duration.between(run.started(), run.ended()).toMillis());
        o.put("records", run.staged().size());
        o.put("added", run.changes().added());
        o.put("changed", run.changes().changed());
        o.put("unchanged", run.changes().unchanged());
        o.put("removed", run.changes().removed());
        o.put("rejected", run.staged().rejectedCount());
        o.put("pagesRead", run.staged().pagesRead().size());
        JsonArray lost = new JsonArray();
        for (Map.Entry<java.net.URI, String> e : run.staged().pagesLost().entrySet()) {
            JsonObject page = new JsonObject();
            page.put("page", e.getKey().toString());
            page.put("reason", e.getValue());
            lost.add(page);
        }
        o.put("pagesLost", lost);
        o.put("problemCount", run.staged().problemCount());
        JsonArray problems = new JsonArray();
        for (RecordProblem p : run.staged().problems()) {
            JsonObject problem = new JsonObject();
            problem.put("page", p.page().toString());
            problem.put("recordId", p.recordId());
            problem.put("reason", p.reason());
            problem.put("excerpt", p.excerpt());
            problem.put("rejected", p.rejected());
            problems.add(problem);
        }
        o.put("problems", problems);
        return o;
    }
}
