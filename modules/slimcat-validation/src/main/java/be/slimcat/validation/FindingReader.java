// SPDX-License-Identifier: Apache-2.0
package be.slimcat.validation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.system.G;

import be.slimcat.vocab.SC;

/**
 * Turns a jena-shacl report into SlimCat findings and a report graph that names each result's layer.
 * Thread-safe; path texts and message maps are computed once per path and per set of messages.
 */
final class FindingReader {
    private final Prologue prologue;
    private final ShapeLayers layers;
    private final Map<Path, String> pathTexts = new ConcurrentHashMap<>();
    private final Map<Collection<Node>, Map<String, String>> messageMaps = new ConcurrentHashMap<>();

    FindingReader(PrefixMapping prefixes, ShapeLayers layers) {
        this.prologue = new Prologue(prefixes);
        this.layers = layers;
    }

    /** The findings and report graph of a report; the report graph gains sc:validationLayer per result. */
    ValidationOutcome outcome(ValidationReport report) {
        List<Finding> findings = report.getEntries().stream().map(this::finding).toList();
        Graph reportGraph = report.getGraph();
        if (!findings.isEmpty()) {
            for (Triple t : G.find(reportGraph, null, SHACL.sourceShape, null).toList()) {
                ValidationLayer layer = layers.layerOf(t.getObject());
                if (layer != null) {
                    reportGraph.add(t.getSubject(), SC.validationLayer.asNode(), layer.iri());
                }
            }
        }
        return new ValidationOutcome(findings, reportGraph);
    }

    Finding finding(ReportEntry entry) {
        Path path = entry.resultPath();
        Node pathNode = path instanceof P_Link link ? link.getNode() : null;
        String pathText = path == null ? "" : pathTexts.computeIfAbsent(path, p -> PathWriter.asString(p, prologue));
        Map<String, String> messages = messageMaps.computeIfAbsent(entry.messages(), FindingReader::byLanguage);
        if (messages.isEmpty() && entry.message() != null) {
            messages = Map.of("", entry.message());
        }
        return new Finding(entry.focusNode(), pathText, pathNode, entry.value(),
                Severity.of(entry.severity().level()), messages, entry.source(), layers.layerOf(entry.source()));
    }

    private static Map<String, String> byLanguage(Collection<Node> messages) {
        Map<String, String> byLanguage = new HashMap<>();
        for (Node message : messages) {
            if (message.isLiteral()) {
                byLanguage.putIfAbsent(message.getLiteralLanguage(), message.getLiteralLexicalForm());
            }
        }
        return Map.copyOf(byLanguage);
    }
}
