// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;

import be.slimcat.store.CatalogueStore;
import be.slimcat.store.GraphSummary;
import be.slimcat.validation.CatalogueValidator;
import be.slimcat.validation.TextReport;
import be.slimcat.validation.ValidationOutcome;
import be.slimcat.vocab.SlimcatIris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "load", mixinStandardHelpOptions = true, description = {
    "Validate RDF files and store them in one named graph, in one transaction.",
    "Files with violations are refused (exit 3) unless --allow-violations is given; nothing stored is changed then."})
final class LoadCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions storeOptions;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "RDF files (syntax by extension, or --lang).")
    List<Path> files;

    @Option(names = "--graph", paramLabel = "IRI",
            description = "Named graph to store into (default: {base}/graph/file/{name of the first file}).")
    String graph;

    @Option(names = "--add", description = "Add to the graph instead of replacing it.")
    boolean add;

    @Option(names = "--allow-violations", description = "Store the data even when it has SHACL violations.")
    boolean allowViolations;

    @Option(names = "--lang", paramLabel = "SYNTAX", description = "RDF syntax of all files: turtle, ntriples, rdfxml, jsonld, …")
    String lang;

    @Option(names = "--messages", defaultValue = "en", paramLabel = "LANG", description = "Language of the messages: nl or en (default: ${DEFAULT-VALUE}).")
    String messageLanguage;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SlimcatIris iris = storeOptions.iris();
        Node graphName = graphName(iris);
        Graph data = InputFiles.read(files, lang, iris, spec.commandLine().getErr());
        ValidationOutcome outcome = CatalogueValidator.bundled(iris).validate(data);
        if (!outcome.hasNoViolations()) {
            new TextReport(messageLanguage).write(outcome, out);
            if (!allowViolations) {
                out.println("Nothing stored: fix the violations above, or load anyway with --allow-violations.");
                out.flush();
                return ExitCodes.DATA_PROBLEMS;
            }
        }
        try (CatalogueStore store = storeOptions.openStore()) {
            GraphSummary stored = add ? store.addToGraph(graphName, data) : store.replaceGraph(graphName, data);
            out.printf("%s %d triples from %d file(s) into <%s>: the graph now holds %d triples (%s).%n",
                    add ? "Added" : "Stored", data.size(), files.size(), graphName.getURI(), stored.triples(),
                    TextReport.summary(outcome));
            LoadedGraphQuality quality = new LoadedGraphQuality(store, iris);
            if (quality.covers(graphName)) {
                quality.assess(List.of(graphName)).forEach(result ->
                        QualitySummary.print(result, "slimcat baseline accept --graph " + graphName.getURI(), out));
            } else {
                out.printf("No quality figures are kept for <%s>: only graphs under %s/graph/ get them.%n",
                        graphName.getURI(), iris.base());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private Node graphName(SlimcatIris iris) {
        if (graph == null) {
            String name = files.get(0).getFileName().toString();
            int dot = name.indexOf('.');
            String stem = (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9._~-]+", "-").replaceAll("^-+", "");
            return iris.graph("file-" + (stem.isEmpty() ? "data" : stem));
        }
        if (!IRIs.check(graph) || !IRIs.reference(graph).isAbsolute()) {
            throw new UsageException("--graph needs an absolute IRI, not '" + graph + "'");
        }
        return NodeFactory.createURI(graph);
    }
}
