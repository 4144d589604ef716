// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.queries;

import java.util.List;

import org.apache.jena.graph.Node;

/**
 * The rows of a SELECT query.
 *
 * @param variables the result variables, in order
 * @param rows      one list per row, a value per variable, {@code null} where it is unbound
 */
public record QueryResult(List<String> variables, List<List<Node>> rows) {

    public QueryResult {
        variables = List.copyOf(variables);
        rows = List.copyOf(rows);
    }

    /**
     * The rows as text: an IRI as itself, a literal as its lexical form, a blank node as its label,
     * unbound as the empty string.
     */
    public List<List<String>> texts() {
        return rows.stream().map(row -> row.stream().map(QueryResult::text).toList()).toList();
    }

    private static String text(Node node) {
        if (node == null) {
            return "";
        }
        if (node.isURI()) {
            return node.getURI();
        }
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm();
        }
        return node.isBlank() ? node.getBlankNodeLabel() : node.toString();
    }
}
