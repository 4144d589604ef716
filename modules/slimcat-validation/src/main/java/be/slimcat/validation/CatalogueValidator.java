// SPDX-License-Identifier: Apache-2.0
package be.slimcat.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.Lang;
import org.apache.jena.shacl.ShaclException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.path.PathWriter;

import be.slimcat.vocab.BundledFile;
import be.slimcat.vocab.ParsedRdf;
import be.slimcat.vocab.RdfReader;
import be.slimcat.vocab.SlimcatIris;
import be.slimcat.vocab.Vocabulary;

/**
 * Validates catalogue records against SHACL shapes, with the vocabulary (ontology and concept
 * schemes) as background knowledge so that concept-valued properties can be checked without
 * reporting on the vocabulary itself.
 */
public final class CatalogueValidator {
    private final Shapes shapes;
    private final Graph background;
    private final Prologue prologue;

    private CatalogueValidator(Shapes shapes, Graph background, PrefixMapping prefixes) {
        this.shapes = shapes;
        this.background = background;
        this.prologue = new Prologue(prefixes);
    }

    /** The validator for the shapes bundled from {@code shapes/*.shapes.ttl} and the bundled vocabulary. */
    public static CatalogueValidator bundled(SlimcatIris iris) {
        RdfReader reader = new RdfReader(iris);
        Graph shapesGraph = GraphFactory.createDefaultGraph();
        for (BundledFile file : BundledFile.list("shapes", ".shapes.ttl")) {
            ParsedRdf parsed = reader.read("shapes/" + file.path(), file.content(), Lang.TURTLE, file.baseIri());
            parsed.graph().find().forEachRemaining(shapesGraph::add);
            shapesGraph.getPrefixMapping().setNsPrefixes(parsed.dataset().prefixes().getMapping());
        }
        return of(shapesGraph, Vocabulary.load(iris));
    }

    /** A validator for the given shapes and background knowledge. */
    public static CatalogueValidator of(Graph shapesGraph, Graph background) {
        try {
            Shapes shapes = Shapes.parse(shapesGraph);
            return new CatalogueValidator(shapes, background, shapesGraph.getPrefixMapping());
        } catch (ShaclException e) {
            throw new ShapesLoadException("The shapes are not valid SHACL: " + e.getMessage(), e);
        }
    }

    /** Validates the data. Never throws for non-conforming data. */
    public ValidationOutcome validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, new Union(data, background));
        List<Finding> findings = report.getEntries().stream().map(this::toFinding).toList();
        Graph reportGraph = report.getGraph();
        reportGraph.getPrefixMapping().setNsPrefixes(prologue.getPrefixMapping());
        return new ValidationOutcome(findings, reportGraph);
    }

    /** The number of shapes (node and property shapes reachable from targets). */
    public int shapeCount() {
        return shapes.numShapes();
    }

    private Finding toFinding(ReportEntry entry) {
        Path path = entry.resultPath();
        Node pathNode = path instanceof P_Link link ? link.getNode() : null;
        String pathText = path == null ? "" : PathWriter.asString(path, prologue);
        Map<String, String> messages = new HashMap<>();
        for (Node message : entry.messages()) {
            if (message.isLiteral()) {
                messages.putIfAbsent(message.getLiteralLanguage(), message.getLiteralLexicalForm());
            }
        }
        if (messages.isEmpty() && entry.message() != null) {
            messages.put("", entry.message());
        }
        return new Finding(entry.focusNode(), pathText, pathNode, entry.value(),
                Severity.of(entry.severity().level()), messages, entry.source());
    }
}
