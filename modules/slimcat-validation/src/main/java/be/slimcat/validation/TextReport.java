// SPDX-License-Identifier: Apache-2.0
package be.slimcat.validation;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * Writes a validation outcome for people: grouped by focus node, worst first, one line per finding
 * with its severity, layer, path and value, then the message; a line of counts per layer and a
 * closing summary line.
 */
public final class TextReport {
    private final String language;

    /** A writer that prefers messages in the given language ("nl" or "en"). */
    public TextReport(String language) {
        this.language = language;
    }

    /** Writes the findings and a closing summary line. */
    public void write(ValidationOutcome outcome, PrintWriter out) {
        for (Map.Entry<Node, List<Finding>> group : outcome.byFocusNode().entrySet()) {
            out.println(FmtUtils.stringForNode(group.getKey()));
            for (Finding f : group.getValue()) {
                out.printf("  %-9s %-20s %s%s%n", f.severity().label(), f.layer() == null ? "-" : f.layerName(),
                        f.path().isEmpty() ? "(node)" : f.path(),
                        f.value() == null ? "" : "  value " + FmtUtils.stringForNode(f.value()));
                out.printf("            %s%n", f.message(language));
            }
        }
        if (!outcome.findings().isEmpty()) {
            out.println(perLayer(outcome));
        }
        out.println(summary(outcome));
        out.flush();
    }

    /** One line: the number of findings per layer, e.g. {@code by layer: dcat-ap-mandatory 2, eu-code-lists 1}. */
    public static String perLayer(ValidationOutcome outcome) {
        return outcome.countByLayer().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(java.util.stream.Collectors.joining(", ", "by layer: ", ""));
    }

    /** One line: the counts per severity and whether the data conforms. */
    public static String summary(ValidationOutcome outcome) {
        return String.format("%d focus node(s): %d violation(s), %d warning(s), %d info(s) — %s",
                outcome.byFocusNode().size(), outcome.count(Severity.VIOLATION), outcome.count(Severity.WARNING),
                outcome.count(Severity.INFO),
                outcome.hasNoViolations() ? "no violations" : "violations found");
    }
}
