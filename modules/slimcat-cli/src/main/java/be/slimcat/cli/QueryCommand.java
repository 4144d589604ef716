// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;

import be.slimcat.store.CatalogueStore;
import be.slimcat.vocab.ResourceNotFoundException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "query", mixinStandardHelpOptions = true, description = {
    "Run a SPARQL query against the local store (the default graph is the union of all graphs).",
    "SELECT and ASK print a result table; CONSTRUCT and DESCRIBE print Turtle."})
final class QueryCommand implements Callable<Integer> {
    static final class QueryText {
        @Parameters(index = "0", paramLabel = "SPARQL", description = "The query text.")
        String text;

        @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "Read the query from a file (.rq).")
        Path file;
    }

    @Spec CommandSpec spec;
    @Mixin StoreOptions storeOptions;

    @ArgGroup(exclusive = true, multiplicity = "1")
    QueryText query;

    @Option(names = "--results", defaultValue = "text", description = "Result format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    QueryOutput.Format results;

    @Override
    public Integer call() throws IOException {
        String source = query.file == null ? query.text : readQuery(query.file);
        Query parsed = QueryFactory.create(source, Syntax.syntaxARQ);
        PrintWriter out = spec.commandLine().getOut();
        try (CatalogueStore store = storeOptions.openStore()) {
            String text = store.read(dsg -> QueryOutput.run(parsed, dsg, results));
            out.print(text);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String readQuery(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ResourceNotFoundException("Query file not found: " + file + " (check the path)");
        }
        return Files.readString(file);
    }
}
