// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.web.search;

import java.util.List;

import org.apache.jena.query.Query;

import be.slimcat.vocab.BundledQuery;

/**
 * One way to narrow a search: its name (the URL parameter) and the query ({@code facet-{name}.rq}) that
 * gives each searchable thing's values (rows of {@code ?item ?value ?label}).
 */
public record Facet(String name, Query query) {
    /** Every facet, in the order the search page shows them. */
    public static final List<Facet> ALL = List.of(
            facet("type"), facet("domain"), facet("subdomain"), facet("applicant"), facet("level"), facet("kind"),
            facet("city"), facet("publisher"), facet("sdg"), facet("theme"), facet("format"), facet("stars"),
            facet("licence"), facet("access"), facet("source"));

    private static Facet facet(String name) {
        return new Facet(name, BundledQuery.load(Facet.class, "facet-" + name + ".rq"));
    }

    /** Whether the values of this facet are the kinds of thing (named by their class's local name in URLs). */
    public boolean isType() {
        return "type".equals(name);
    }
}
