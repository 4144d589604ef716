// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;

import be.slimcat.harvest.links.LinkCheckResults;
import be.slimcat.quality.Conformance;
import be.slimcat.quality.DcatRecord;
import be.slimcat.quality.LinkStatuses;
import be.slimcat.quality.QualityAssessor;
import be.slimcat.quality.QualityInput;
import be.slimcat.quality.RecordAssessment;
import be.slimcat.validation.CatalogueValidator;
import be.slimcat.validation.Severity;
import be.slimcat.validation.ValidationOutcome;

/**
 * Checks the datasets of a graph before they are published: validates the graph once, gives each
 * dataset its findings, and scores it with the conformance those findings give and the link-check
 * results, when links were checked (else the URL status indicators are not assessed).
 */
final class RecordChecker {
    private final CatalogueValidator validator;
    private final QualityAssessor assessor;

    RecordChecker(CatalogueValidator validator, QualityAssessor assessor) {
        this.validator = validator;
        this.assessor = assessor;
    }

    /** The check of every dataset of the graph, with titles in the given language and the link checks, if any. */
    CatalogueCheck check(String source, Graph graph, ReportLanguage language, Optional<LinkCheckResults> links) {
        LinkStatuses statuses = links.<LinkStatuses>map(l -> l).orElse(LinkStatuses.none());
        ValidationOutcome outcome = validator.validate(graph);
        List<Node> datasets = QualityAssessor.datasets(graph);
        RecordFindings findings = RecordFindings.of(graph, datasets, outcome.findings());
        List<DatasetCheck> checks = new ArrayList<>();
        for (Node dataset : datasets) {
            var own = findings.byDataset().get(dataset);
            Conformance conformance = own.stream().anyMatch(f -> f.severity() == Severity.VIOLATION)
                    ? Conformance.VIOLATES : Conformance.CONFORMS;
            RecordAssessment assessment = assessor.assess(QualityInput.of(graph, dataset).withConformance(conformance)
                    .withLinks(statuses));
            checks.add(new DatasetCheck(dataset, title(graph, dataset, language), assessment, own));
        }
        return new CatalogueCheck(source, checks, findings.others(),
                assessor.fixes(checks.stream().map(DatasetCheck::assessment).toList()),
                links.map(LinkCheckResults::codes));
    }

    private static String title(Graph graph, Node dataset, ReportLanguage language) {
        List<Node> titles = new DcatRecord(graph, dataset).values(dataset, DCTerms.title).stream()
                .filter(Node::isLiteral).toList();
        return inLanguage(titles, language.tag()).or(() -> inLanguage(titles, "en"))
                .or(() -> titles.stream().findFirst())
                .map(Node::getLiteralLexicalForm).orElse(DcatRecord.text(dataset));
    }

    private static Optional<Node> inLanguage(List<Node> titles, String tag) {
        return titles.stream().filter(t -> t.getLiteralLanguage().toLowerCase(Locale.ROOT).startsWith(tag))
                .findFirst();
    }
}
