// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.queries;

import java.util.List;

import be.slimcat.vocab.SlimcatException;

/** No library query has the name asked for; the message lists the names there are. */
public final class UnknownQueryException extends SlimcatException {
    private final List<String> known;

    UnknownQueryException(String name, List<String> known) {
        super("No query named '" + name + "' in the library; the queries are: " + String.join(", ", known));
        this.known = List.copyOf(known);
    }

    /** The names of the library's queries. */
    public List<String> known() {
        return known;
    }
}
