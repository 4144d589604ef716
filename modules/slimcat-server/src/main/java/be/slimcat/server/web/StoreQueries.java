// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;

import be.slimcat.store.CatalogueStore;

/**
 * Runs a page's SELECT query on the store, with its parameters bound by substitution, and gives the
 * rows as maps from variable name to text (an IRI, or a literal's lexical form) for the templates.
 */
public final class StoreQueries {
    private final CatalogueStore store;

    public StoreQueries(CatalogueStore store) {
        this.store = store;
    }

    /** The rows of the query with the parameters bound. */
    public List<Map<String, String>> select(Query query, Map<String, Node> parameters) {
        List<String> vars = query.getResultVars();
        List<Map<String, String>> result = new ArrayList<>();
        forEachRow(query, parameters, row -> {
            Map<String, String> values = new LinkedHashMap<>();
            for (String var : vars) {
                Node node = row.get(var);
                if (node != null) {
                    values.put(var, text(node));
                }
            }
            result.add(values);
        });
        return result;
    }

    /** Passes each row of the query, with the parameters bound, to the action, in one read transaction. */
    public void forEachRow(Query query, Map<String, Node> parameters, Consumer<Binding> action) {
        store.readWith(dsg -> forEachRow(dsg, query, parameters, action));
    }

    /** Passes each row of the query, with the parameters bound, to the action, in the caller's transaction. */
    public static void forEachRow(DatasetGraph dsg, Query query, Map<String, Node> parameters, Consumer<Binding> action) {
        BindingBuilder builder = BindingBuilder.create();
        parameters.forEach((name, value) -> builder.add(Var.alloc(name), value));
        try (QueryExec exec = QueryExec.dataset(dsg).query(query).substitution(builder.build()).build()) {
            exec.select().forEachRemaining(action);
        }
    }

    private static String text(Node node) {
        if (node.isURI()) {
            return node.getURI();
        }
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm();
        }
        return node.getBlankNodeLabel();
    }
}
