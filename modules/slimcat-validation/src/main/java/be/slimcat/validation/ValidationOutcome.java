// SPDX-License-Identifier: Apache-2.0
package be.slimcat.validation;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** The findings of validating some data, with the standard SHACL report graph. */
public final class ValidationOutcome {
    private static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.severity().ordinal())
            .thenComparing(Finding::path);

    private final List<Finding> findings;
    private final Graph reportGraph;

    public ValidationOutcome(List<Finding> findings, Graph reportGraph) {
        this.findings = List.copyOf(findings);
        this.reportGraph = reportGraph;
    }

    /** All findings, in the order SHACL reported them. */
    public List<Finding> findings() {
        return findings;
    }

    /** The sh:ValidationReport as RDF. */
    public Graph reportGraph() {
        return reportGraph;
    }

    /** True when there is no violation (warnings and infos are allowed). */
    public boolean hasNoViolations() {
        return count(Severity.VIOLATION) == 0;
    }

    /** How many findings have the given severity. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** The number of findings per layer name, sorted by name ("-" for shapes without a layer). */
    public Map<String, Long> countByLayer() {
        return findings.stream().collect(Collectors.groupingBy(f -> f.layer() == null ? "-" : f.layerName(),
                java.util.TreeMap::new, Collectors.counting()));
    }

    /** Findings grouped by focus node (focus nodes with violations first), each group ordered by severity and path. */
    public Map<Node, List<Finding>> byFocusNode() {
        Map<Node, List<Finding>> groups = findings.stream()
                .collect(Collectors.groupingBy(Finding::focusNode, LinkedHashMap::new, Collectors.toList()));
        return groups.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Node, List<Finding>> e) -> worst(e.getValue()).ordinal())
                        .thenComparing(e -> e.getKey().toString()))
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream().sorted(ORDER).toList(),
                        (a, b) -> a, LinkedHashMap::new));
    }

    private static Severity worst(List<Finding> group) {
        return group.stream().map(Finding::severity).min(Comparator.naturalOrder()).orElse(Severity.INFO);
    }
}
