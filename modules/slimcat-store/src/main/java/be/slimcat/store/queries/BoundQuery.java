// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.queries;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;

import be.slimcat.store.CatalogueStore;

/**
 * A library query with its parameters substituted: the query that runs is exactly the one
 * {@link #text()} shows, so the text can be pasted into a SPARQL editor.
 *
 * @param source the library query
 * @param values the value of every parameter, by name, in header order
 * @param query  the query with the values in place of the parameter variables
 */
public record BoundQuery(LibraryQuery source, Map<String, Node> values, Query query) {

    public BoundQuery {
        values = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }

    /** The SPARQL text with the values filled in. */
    public String text() {
        return "# " + source.title("en") + " (slimcat ask " + source.name() + ")\n" + query.serialize();
    }

    /** Runs the SELECT query on the dataset (call inside a read transaction). */
    public QueryResult select(DatasetGraph dataset) {
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
            RowSet rows = exec.select();
            List<String> variables = rows.getResultVars().stream().map(Var::getVarName).toList();
            List<List<Node>> result = new ArrayList<>();
            rows.forEachRemaining(row -> {
                List<Node> values = new ArrayList<>(variables.size());
                for (String var : variables) {
                    values.add(row.get(var));
                }
                result.add(Collections.unmodifiableList(values));
            });
            return new QueryResult(variables, result);
        }
    }

    /** Runs the SELECT query on the store in a read transaction. */
    public QueryResult select(CatalogueStore store) {
        return store.read(this::select);
    }
}
