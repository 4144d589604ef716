// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.graph.GraphFactory;

import be.slimcat.harvest.ConfiguredSource;
import be.slimcat.harvest.SourceDescriptions;
import be.slimcat.validation.CatalogueValidator;
import be.slimcat.validation.TextReport;
import be.slimcat.validation.ValidationOutcome;
import be.slimcat.vocab.BundledFile;
import be.slimcat.vocab.RdfReader;
import be.slimcat.vocab.SlimcatIris;

/** The harvest sources: the bundled {@code data-samples/sources.ttl} plus every file given with --sources. */
final class SourcesFiles {
    private SourcesFiles() {}

    /**
     * Reads and validates the sources.
     *
     * @throws InvalidSourcesException after printing the violations, when the description does not conform
     */
    static List<ConfiguredSource> load(List<Path> extraFiles, SlimcatIris iris, PrintWriter out, PrintWriter err) {
        Graph description = read(extraFiles, iris, err);
        ValidationOutcome outcome = CatalogueValidator.bundled(iris).validate(description);
        if (!outcome.hasNoViolations()) {
            new TextReport("en").write(outcome, out);
            throw new InvalidSourcesException("The sources description has violations (above); nothing was harvested");
        }
        return SourceDescriptions.read(description);
    }

    static Graph read(List<Path> extraFiles, SlimcatIris iris, PrintWriter err) {
        Graph graph = GraphFactory.createDefaultGraph();
        RdfReader reader = new RdfReader(iris);
        for (BundledFile file : BundledFile.list("data-samples", "sources.ttl")) {
            reader.read("data-samples/" + file.path(), file.content(), Lang.TURTLE, file.baseIri()).graph().find()
                    .forEachRemaining(graph::add);
        }
        if (!extraFiles.isEmpty()) {
            InputFiles.read(new ArrayList<>(extraFiles), null, iris, err).find().forEachRemaining(graph::add);
        }
        return graph;
    }
}
