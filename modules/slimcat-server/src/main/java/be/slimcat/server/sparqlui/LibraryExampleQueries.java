// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.sparqlui;

import java.util.List;
import java.util.Map;

import be.slimcat.store.queries.QueryLibrary;
import be.slimcat.vocab.SlimcatIris;

/**
 * The examples of the SPARQL UI: the queries of the library ({@code data-samples/queries/}), in its
 * order, titled in English (the editor's own language), with their parameters filled in with their
 * defaults, so that each runs as it is.
 */
public final class LibraryExampleQueries implements ExampleQueries {
    private final QueryLibrary library;
    private final SlimcatIris iris;

    public LibraryExampleQueries(QueryLibrary library, SlimcatIris iris) {
        this.library = library;
        this.iris = iris;
    }

    @Override
    public List<ExampleQuery> all() {
        return library.list().stream()
                .map(query -> new ExampleQuery(query.name(), query.title("en"), query.bind(Map.of(), iris).text()))
                .toList();
    }
}
