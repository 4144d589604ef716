// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.io.PrintWriter;
import org.apache.jena.sparql.util.FmtUtils;

import be.slimcat.quality.mqa.FixSuggestion;
import be.slimcat.quality.mqa.MqaScore;
import be.slimcat.quality.mqa.ScoreSummary;
import be.slimcat.validation.Finding;
import be.slimcat.validation.Severity;

/** The check for people at a terminal: each dataset, the findings of no dataset, then the overall figures and fixes. */
final class CheckTextReport {
    private final CheckWording words;

    CheckTextReport(ReportLanguage language) {
        this.words = new CheckWording(language);
    }

    void write(CatalogueCheck check, PrintWriter out) {
        out.println("slimcat check " + check.source() + ": " + words.datasets(check.datasets().size()));
        for (DatasetCheck d : check.datasets()) {
            out.println();
            out.println(d.title());
            out.println("  " + FmtUtils.stringForNode(d.dataset()));
            MqaScore score = d.assessment().score();
            row(out, words.label("stars", "sterren"), words.stars(d));
            row(out, words.label("MQA score", "MQA-score"), words.score(score));
            row(out, "", words.dimensions(score));
            if (score.notAssessedPoints() > 0) {
                row(out, "", words.notAssessed(score.notAssessedPoints(), check.linksChecked()));
            }
            row(out, "DCAT-AP", words.conformance(d.conforms(), d.count(Severity.VIOLATION), d.count(Severity.WARNING)));
            findings(out, d);
        }
        if (!check.others().isEmpty()) {
            out.println();
            out.println(words.label("Findings of no dataset", "Bevindingen buiten de datasets") + ": " + words.counts(
                    check.others().stream().filter(f -> f.severity() == Severity.VIOLATION).count(),
                    check.others().stream().filter(f -> f.severity() == Severity.WARNING).count()));
            for (Finding f : check.others()) {
                if (f.severity() == Severity.VIOLATION) {
                    out.println("  " + FmtUtils.stringForNode(f.focusNode()) + " " + line(f));
                }
            }
        }
        overall(check, out);
        out.flush();
    }

    /** The dataset's violations; those of its parts (distributions ...) name the part. */
    private void findings(PrintWriter out, DatasetCheck d) {
        for (Finding f : d.findings()) {
            if (f.severity() == Severity.VIOLATION) {
                row(out, "", (f.focusNode().equals(d.dataset()) ? "" : FmtUtils.stringForNode(f.focusNode()) + " ") + line(f));
            }
        }
    }

    private String line(Finding f) {
        return f.severity().label() + " " + (f.path().isEmpty() ? "(node)" : f.path()) + ": " + f.message(words.tag());
    }

    private void overall(CatalogueCheck check, PrintWriter out) {
        ScoreSummary summary = check.summary();
        out.println();
        out.println(words.label("Overall", "Samen"));
        row(out, "datasets", Integer.toString(check.datasets().size()));
        long conforming = check.datasets().stream().filter(DatasetCheck::conforms).count();
        row(out, "DCAT-AP", words.conforming(conforming, check.datasets().size()) + "; "
                + words.counts(check.count(Severity.VIOLATION), check.count(Severity.WARNING)));
        row(out, words.label("MQA score", "MQA-score"), words.meanScore(summary.meanTotal(), summary.band().label(words.tag())));
        row(out, words.label("stars", "sterren"), words.starsDistribution(check.starsDistribution()));
        check.links().ifPresent(links -> {
            row(out, "links", words.links(links));
            links.forEach((url, status) -> {
                if (status < 200 || status > 299) {
                    row(out, "", words.linkStatus(status) + " " + url);
                }
            });
        });
        if (check.fixes().isEmpty()) {
            return;
        }
        out.println(words.label("Fixes worth most points", "Verbeteringen die de meeste punten opleveren"));
        int n = 0;
        for (FixSuggestion fix : check.fixes()) {
            out.printf("  %2d. %s%n", ++n, fix.text(words.tag()));
        }
    }

    private static void row(PrintWriter out, String label, String text) {
        out.printf("  %-10s %s%n", label, text);
    }
}
