// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.sparqlui;

import java.util.Objects;

/**
 * One example query of the SPARQL UI.
 *
 * @param name  a stable short name (the file name without {@code .rq}), e.g. {@code funding-for-municipalities}
 * @param title what the query answers, in one line
 * @param query the SPARQL text as it is loaded into the editor
 */
public record ExampleQuery(String name, String title, String query) {
    public ExampleQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(query, "query");
    }
}
