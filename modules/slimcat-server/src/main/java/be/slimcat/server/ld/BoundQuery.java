// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.ld;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;

import be.slimcat.server.web.StoreQueries;
import be.slimcat.vocab.BundledQuery;

/**
 * One of this package's bundled SELECT queries ({@code queries/*.rq}), run inside the caller's read
 * transaction with its parameters bound by substitution and, where the query takes a set of resources,
 * that set given as its {@code VALUES} block (set on the parsed query, never spliced into its text).
 */
final class BoundQuery {
    private final Query query;

    private BoundQuery(Query query) {
        this.query = query;
    }

    /** The bundled query {@code queries/{name}.rq}. */
    static BoundQuery of(String name) {
        return new BoundQuery(BundledQuery.load(BoundQuery.class, "queries/" + name + ".rq"));
    }

    /** The rows with the parameters bound. */
    List<Binding> select(DatasetGraph dsg, Map<String, Node> parameters) {
        return run(dsg, query, parameters);
    }

    /** The rows with the parameters bound and {@code variable} taking each of the values (none: no rows). */
    List<Binding> select(DatasetGraph dsg, Map<String, Node> parameters, String variable, Collection<Node> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        Query copy = query.cloneQuery();
        Var var = Var.alloc(variable);
        copy.setValuesDataBlock(List.of(var), values.stream().map(v -> BindingBuilder.create().add(var, v).build()).toList());
        return run(dsg, copy, parameters);
    }

    private static List<Binding> run(DatasetGraph dsg, Query query, Map<String, Node> parameters) {
        List<Binding> rows = new ArrayList<>();
        StoreQueries.forEachRow(dsg, query, parameters, rows::add);
        return rows;
    }
}
