// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.util.List;
import java.util.Map;

import org.apache.jena.sparql.util.FmtUtils;

import be.slimcat.quality.mqa.FixSuggestion;
import be.slimcat.quality.mqa.MqaDimension;
import be.slimcat.quality.mqa.MqaScore;
import be.slimcat.quality.mqa.ScoreSummary;
import be.slimcat.validation.Finding;
import be.slimcat.validation.Severity;

/**
 * The check as a standalone HTML page: the overall figures and fixes first, then a section per dataset.
 * No script and nothing loaded from elsewhere; every text from the data is escaped.
 */
final class CheckHtmlReport {
    private final CheckWording words;

    CheckHtmlReport(ReportLanguage language) {
        this.words = new CheckWording(language);
    }

    String toHtml(CatalogueCheck check) {
        StringBuilder h = new StringBuilder(8192);
        String title = words.label("SlimCat check of ", "SlimCat-controle van ") + check.source();
        h.append("<!DOCTYPE html>\n<html lang=\"").append(words.tag()).append("\">\n<head>\n<meta charset=\"utf-8\" />\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:2rem;color:#1d1d1b;max-width:60rem}")
                .append("table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #767676;padding:.3rem .6rem;text-align:left}")
                .append("td.n{text-align:right}.violation{color:#a3141c;font-weight:bold}.conforms{color:#16632c}")
                .append("code{font-size:.9em;word-break:break-all}\n</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>").append(esc(title)).append("</h1>\n");
        overall(h, check);
        for (int i = 0; i < check.datasets().size(); i++) {
            dataset(h, check.datasets().get(i), i + 1, check.linksChecked());
        }
        if (!check.others().isEmpty()) {
            h.append("<section aria-labelledby=\"others\">\n<h2 id=\"others\">")
                    .append(esc(words.label("Findings of no dataset", "Bevindingen buiten de datasets"))).append("</h2>\n");
            findings(h, check.others());
            h.append("</section>\n");
        }
        return h.append("</main>\n</body>\n</html>\n").toString();
    }

    private void overall(StringBuilder h, CatalogueCheck check) {
        ScoreSummary summary = check.summary();
        long conforming = check.datasets().stream().filter(DatasetCheck::conforms).count();
        h.append("<section aria-labelledby=\"overall\">\n<h2 id=\"overall\">").append(esc(words.label("Overall", "Samen")))
                .append("</h2>\n<dl>\n");
        item(h, "Datasets", Integer.toString(check.datasets().size()));
        item(h, "DCAT-AP", words.conforming(conforming, check.datasets().size()) + "; "
                + words.counts(check.count(Severity.VIOLATION), check.count(Severity.WARNING)));
        item(h, words.label("MQA score", "MQA-score"), words.meanScore(summary.meanTotal(), summary.band().label(words.tag())));
        item(h, words.label("Stars", "Sterren"), words.starsDistribution(check.starsDistribution()));
        check.links().ifPresent(links -> item(h, "Links", words.links(links)));
        h.append("</dl>\n");
        if (!check.fixes().isEmpty()) {
            h.append("<h3>").append(esc(words.label("Fixes worth most points", "Verbeteringen die de meeste punten opleveren")))
                    .append("</h3>\n<ol>\n");
            for (FixSuggestion fix : check.fixes()) {
                h.append("<li>").append(esc(fix.text(words.tag()))).append("</li>\n");
            }
            h.append("</ol>\n");
        }
        h.append("</section>\n");
    }

    private void dataset(StringBuilder h, DatasetCheck d, int number, boolean linksChecked) {
        String id = "dataset-" + number;
        MqaScore score = d.assessment().score();
        h.append("<section aria-labelledby=\"").append(id).append("\">\n<h2 id=\"").append(id).append("\">")
                .append(esc(d.title())).append("</h2>\n<p><code>").append(esc(FmtUtils.stringForNode(d.dataset())))
                .append("</code></p>\n<dl>\n");
        item(h, words.label("Stars", "Sterren"), words.stars(d));
        item(h, words.label("MQA score", "MQA-score"), words.score(score));
        if (score.notAssessedPoints() > 0) {
            item(h, words.label("Not assessed", "Niet beoordeeld"), words.notAssessed(score.notAssessedPoints(), linksChecked));
        }
        h.append("<dt>DCAT-AP</dt><dd class=\"").append(d.conforms() ? "conforms" : "violation").append("\">")
                .append(esc(words.conformance(d.conforms(), d.count(Severity.VIOLATION), d.count(Severity.WARNING))))
                .append("</dd>\n</dl>\n<table>\n<caption>").append(esc(words.label("MQA points per dimension",
                        "MQA-punten per dimensie"))).append("</caption>\n<thead><tr><th scope=\"col\">")
                .append(esc(words.label("Dimension", "Dimensie"))).append("</th><th scope=\"col\">")
                .append(esc(words.label("Points", "Punten"))).append("</th><th scope=\"col\">Max</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<MqaDimension, Integer> e : score.dimensionPoints().entrySet()) {
            h.append("<tr><th scope=\"row\">").append(esc(e.getKey().label(words.tag()))).append("</th><td class=\"n\">")
                    .append(e.getValue()).append("</td><td class=\"n\">").append(e.getKey().max()).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        findings(h, d.findings());
        h.append("</section>\n");
    }

    private void findings(StringBuilder h, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        h.append("<table>\n<caption>").append(esc(words.label("SHACL findings", "SHACL-bevindingen")))
                .append("</caption>\n<thead><tr><th scope=\"col\">").append(esc(words.label("Severity", "Ernst")))
                .append("</th><th scope=\"col\">").append(esc(words.label("Node", "Knoop")))
                .append("</th><th scope=\"col\">").append(esc(words.label("Path", "Pad")))
                .append("</th><th scope=\"col\">").append(esc(words.label("Message", "Melding")))
                .append("</th></tr></thead>\n<tbody>\n");
        for (Finding f : findings) {
            h.append("<tr><td class=\"").append(f.severity().label()).append("\">").append(f.severity().label())
                    .append("</td><td><code>").append(esc(FmtUtils.stringForNode(f.focusNode()))).append("</code></td><td><code>")
                    .append(esc(f.path())).append("</code></td><td>").append(esc(f.message(words.tag()))).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static void item(StringBuilder h, String term, String description) {
        h.append("<dt>").append(esc(term)).append("</dt><dd>").append(esc(description)).append("</dd>\n");
    }

    /** Escapes text for HTML element content and quoted attribute values. */
    static String esc(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '&' -> s.append("&amp;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
