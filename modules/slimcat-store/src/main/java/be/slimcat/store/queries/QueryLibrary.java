// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.queries;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import be.slimcat.vocab.BundledFile;

/**
 * The named, parameterised queries that ship with SlimCat ({@code data-samples/queries/*.rq}), read
 * once, in the order of their names.
 */
public final class QueryLibrary {
    private static final String DIRECTORY = "data-samples/queries";
    private static volatile QueryLibrary bundled;

    private final List<LibraryQuery> queries;

    private QueryLibrary(List<LibraryQuery> queries) {
        this.queries = List.copyOf(queries);
    }

    /**
     * The bundled library.
     *
     * @throws QueryHeaderException when a bundled file has a broken header or query (a broken build)
     */
    public static QueryLibrary bundled() {
        QueryLibrary library = bundled;
        if (library == null) {
            synchronized (QueryLibrary.class) {
                if (bundled == null) {
                    bundled = read(BundledFile.list(DIRECTORY, ".rq"));
                }
                library = bundled;
            }
        }
        return library;
    }

    /** A library of the given files (their paths name the queries). */
    static QueryLibrary read(List<BundledFile> files) {
        return new QueryLibrary(files.stream()
                .filter(f -> !f.path().contains("/"))
                .map(f -> new QueryFileParser(DIRECTORY + "/" + f.path())
                        .parse(f.path().substring(0, f.path().length() - ".rq".length()),
                                new String(f.content(), StandardCharsets.UTF_8)))
                .toList());
    }

    /** Every query, sorted by name. */
    public List<LibraryQuery> list() {
        return queries;
    }

    /** The names of the queries, sorted. */
    public List<String> names() {
        return queries.stream().map(LibraryQuery::name).toList();
    }

    /** The query of that name. */
    public Optional<LibraryQuery> find(String name) {
        return queries.stream().filter(q -> q.name().equals(name)).findFirst();
    }

    /**
     * The query of that name.
     *
     * @throws UnknownQueryException when there is none; its message lists the names
     */
    public LibraryQuery get(String name) {
        return find(name).orElseThrow(() -> new UnknownQueryException(name, names()));
    }
}
