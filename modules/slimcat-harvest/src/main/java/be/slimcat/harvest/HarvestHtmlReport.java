// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The report of one harvest command as a standalone HTML page: a summary table of all sources,
 * then per source its lost pages and its problems with excerpts. Everything from a source is
 * escaped; the page loads nothing from elsewhere.
 */
public final class HarvestHtmlReport {
    private static final int PROBLEMS_SHOWN = 200;

    private HarvestHtmlReport() {}

    /** The page for the runs. */
    public static String toHtml(List<HarvestRun> runs, Instant generated) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>SlimCat harvest report</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:2rem;color:#1d1d1b}")
                .append("table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:right}")
                .append("th:first-child,td:first-child,td.text{text-align:left}")
                .append(".succeeded{color:#16632c}.unavailable,.incomplete,.shrunk{color:#a3141c;font-weight:bold}")
                .append("code{font-size:.85em;word-break:break-all}\n</style>\n</head>\n<body>\n")
                .append("<h1>SlimCat harvest report</h1>\n<p>Generated ").append(esc(generated.toString())).append("</p>\n");
        h.append("<table>\n<caption>Sources</caption>\n<thead><tr><th scope=\"col\">Source</th><th scope=\"col\">Status</th>")
                .append("<th scope=\"col\">Records</th><th scope=\"col\">Added</th><th scope=\"col\">Changed</th>")
                .append("<th scope=\"col\">Unchanged</th><th scope=\"col\">Removed</th><th scope=\"col\">Rejected</th>")
                .append("<th scope=\"col\">Pages</th><th scope=\"col\">Seconds</th></tr></thead>\n<tbody>\n");
        for (HarvestRun run : runs) {
            h.append("<tr><td><a href=\"#").append(esc(run.source().id())).append("\">").append(esc(run.source().id()))
                    .append("</a></td><td class=\"text ").append(run.status().label()).append("\">").append(run.status().label())
                    .append("</td>");
            cell(h, run.staged().size());
            cell(h, run.changes().added());
            cell(h, run.changes().changed());
            cell(h, run.changes().unchanged());
            cell(h, run.changes().removed());
            cell(h, run.staged().rejectedCount());
            cell(h, run.staged().pagesRead().size());
            h.append("<td>").append(String.format("%.1f", Duration.between(run.started(), run.ended()).toMillis() / 1000.0))
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        for (HarvestRun run : runs) {
            section(h, run);
        }
        return h.append("</body>\n</html>\n").toString();
    }

    private static void section(StringBuilder h, HarvestRun run) {
        h.append("<section id=\"").append(esc(run.source().id())).append("\">\n<h2>").append(esc(run.source().id()))
                .append("</h2>\n<p><code>").append(esc(run.source().endpoint().toString())).append("</code> (")
                .append(esc(run.source().dialect())).append(")</p>\n<p class=\"").append(run.status().label()).append("\">")
                .append(esc(run.message())).append("</p>\n");
        if (!run.staged().pagesLost().isEmpty()) {
            h.append("<h3>Pages lost</h3>\n<ul>\n");
            for (Map.Entry<java.net.URI, String> e : run.staged().pagesLost().entrySet()) {
                h.append("<li><code>").append(esc(e.getKey().toString())).append("</code>: ").append(esc(e.getValue()))
                        .append("</li>\n");
            }
            h.append("</ul>\n");
        }
        List<RecordProblem> problems = run.staged().problems();
        if (!problems.isEmpty()) {
            h.append("<h3>Problems (").append(run.staged().problemCount()).append(")</h3>\n<table>\n<thead><tr>")
                    .append("<th scope=\"col\">What</th><th scope=\"col\">Record</th><th scope=\"col\">Reason</th>")
                    .append("<th scope=\"col\">Page</th><th scope=\"col\">Excerpt</th></tr></thead>\n<tbody>\n");
            for (RecordProblem p : problems.subList(0, Math.min(PROBLEMS_SHOWN, problems.size()))) {
                h.append("<tr><td class=\"text\">").append(p.rejected() ? "rejected" : "repaired").append("</td><td class=\"text\">")
                        .append(esc(p.recordId())).append("</td><td class=\"text\">").append(esc(p.reason()))
                        .append("</td><td class=\"text\"><code>").append(esc(p.page().toString())).append("</code></td><td class=\"text\"><code>")
                        .append(esc(p.excerpt())).append("</code></td></tr>\n");
            }
            h.append("</tbody>\n</table>\n");
            if (run.staged().problemCount() > PROBLEMS_SHOWN) {
                h.append("<p>… and ").append(run.staged().problemCount() - PROBLEMS_SHOWN)
                        .append(" more; the JSON report and the harvest log have them all.</p>\n");
            }
        }
        h.append("</section>\n");
    }

    private static void cell(StringBuilder h, long value) {
        h.append("<td>").append(value).append("</td>");
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
