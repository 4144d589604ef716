// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.graph.GraphFactory;

import be.slimcat.vocab.ParseWarning;
import be.slimcat.vocab.ParsedRdf;
import be.slimcat.vocab.RdfReader;
import be.slimcat.vocab.SlimcatIris;

/** Reads the RDF files a command was given into one graph, reporting parser warnings on stderr. */
final class InputFiles {
    private InputFiles() {}

    static Graph read(List<Path> files, String langName, SlimcatIris iris, PrintWriter err) {
        RdfReader reader = new RdfReader(iris);
        Lang lang = langName == null ? null : RdfReader.syntaxNamed(langName);
        Graph graph = GraphFactory.createDefaultGraph();
        for (Path file : files) {
            ParsedRdf parsed = reader.read(file, lang);
            if (parsed.hasNamedGraphs()) {
                throw new UsageException(file + " holds named graphs; give a triples file (Turtle, N-Triples,"
                        + " RDF/XML, JSON-LD without named graphs)");
            }
            for (ParseWarning warning : parsed.warnings()) {
                err.println(warning);
            }
            parsed.graph().find().forEachRemaining(graph::add);
            graph.getPrefixMapping().setNsPrefixes(parsed.dataset().prefixes().getMapping());
        }
        err.flush();
        return graph;
    }
}
