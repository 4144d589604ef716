// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import be.slimcat.store.CatalogueStore;
import be.slimcat.store.queries.BoundQuery;
import be.slimcat.store.queries.LibraryQuery;
import be.slimcat.store.queries.QueryLibrary;
import be.slimcat.store.queries.QueryParameter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ask", mixinStandardHelpOptions = true, description = {
    "Run a query of the library (data-samples/queries) by name, with its parameters bound by substitution;",
    "parameters not given take their defaults. --list lists the queries, their titles and parameters."})
final class AskCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions storeOptions;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The query name (see --list).")
    String name;

    @Option(names = "--list", description = "List the queries with their titles and parameters.")
    boolean list;

    @Option(names = {"-p", "--param"}, paramLabel = "KEY=VALUE", description = "A parameter value (repeatable).")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--results", defaultValue = "text", description = "Result format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    QueryOutput.Format results;

    @Override
    public Integer call() {
        QueryLibrary library = QueryLibrary.bundled();
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            if (name != null) {
                throw new UsageException("Give either a query name or --list, not both");
            }
            printList(library, out);
        } else {
            if (name == null) {
                throw new UsageException("Give the name of a query, or --list; the queries are: " + String.join(", ", library.names()));
            }
            LibraryQuery query = library.get(name);
            BoundQuery bound = query.bind(parameters, storeOptions.iris());
            try (CatalogueStore store = storeOptions.openStore()) {
                String text = store.read(dsg -> QueryOutput.run(bound.query(), dsg, results));
                out.print(text);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void printList(QueryLibrary library, PrintWriter out) {
        for (LibraryQuery query : library.list()) {
            String questions = query.questions().isEmpty() ? ""
                    : " (§5 " + query.questions().stream().map(n -> "q" + n).collect(Collectors.joining(", ")) + ")";
            out.println(query.name() + ": " + query.title("en") + questions
                    + (query.needsQualityGraphs() ? " [needs the quality graphs]" : ""));
            for (QueryParameter p : query.parameters()) {
                out.println("    --param " + p.name() + "=" + p.defaultValue(storeOptions.iris()) + "  (" + p.kind().headerName()
                        + ") " + p.description("en"));
            }
        }
    }
}
