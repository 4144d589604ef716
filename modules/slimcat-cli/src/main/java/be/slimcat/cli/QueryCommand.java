// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.resultset.ResultsWriter;

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
    enum Results { text, csv, tsv, json, xml }

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
    Results results;

    @Override
    public Integer call() throws IOException {
        String source = query.file == null ? query.text : readQuery(query.file);
        Query parsed = QueryFactory.create(source, Syntax.syntaxARQ);
        PrintWriter out = spec.commandLine().getOut();
        try (CatalogueStore store = storeOptions.openStore()) {
            String text = store.read(dsg -> run(parsed, dsg));
            out.print(text);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private String run(Query parsed, org.apache.jena.sparql.core.DatasetGraph dsg) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (QueryExec exec = QueryExec.dataset(dsg).query(parsed).build()) {
            if (parsed.isSelectType()) {
                RowSet rows = exec.select();
                if (results == Results.text) {
                    ResultSetFormatter.out(bytes, org.apache.jena.query.ResultSet.adapt(rows), parsed.getPrologue());
                } else {
                    ResultsWriter.create().lang(lang()).write(bytes, rows);
                }
            } else if (parsed.isAskType()) {
                boolean answer = exec.ask();
                if (results == Results.text) {
                    return (answer ? "yes" : "no") + System.lineSeparator();
                }
                ResultsWriter.create().lang(lang()).write(bytes, answer);
            } else if (parsed.isConstructType()) {
                RDFDataMgr.write(bytes, exec.construct(), RDFFormat.TURTLE_PRETTY);
            } else {
                RDFDataMgr.write(bytes, exec.describe(), RDFFormat.TURTLE_PRETTY);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private org.apache.jena.riot.Lang lang() {
        return switch (results) {
            case csv -> ResultSetLang.RS_CSV;
            case tsv -> ResultSetLang.RS_TSV;
            case json -> ResultSetLang.RS_JSON;
            case xml -> ResultSetLang.RS_XML;
            case text -> ResultSetLang.RS_Text;
        };
    }

    private static String readQuery(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ResourceNotFoundException("Query file not found: " + file + " (check the path)");
        }
        return Files.readString(file);
    }
}
