// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.web.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryParseException;

/**
 * The choices given to a facet function as its object list: pairs of a facet name and a value, as the
 * search page's URL parameters ({@code "publisher" <https://…> "theme" <http://…>}), and {@code "q"}
 * with words. A facet named twice takes either value. A mistake is a {@link Mistake}, which the endpoint
 * answers with 400 and its message.
 */
record FacetArguments(String words, Map<String, List<String>> selected) {
    /** The name that gives words rather than a facet's value. */
    static final String WORDS = "q";

    /** A facet function given arguments it cannot use. */
    static final class Mistake extends QueryParseException {
        private static final long serialVersionUID = 1L;

        Mistake(String function, String message) {
            super(function + ": " + message, -1, -1);
        }
    }

    /** Reads {@code pairs} (name, value, name, value, …) of the function's arguments, checked against the index. */
    static FacetArguments read(String function, List<Node> pairs, SearchIndex index) {
        if (pairs.size() % 2 != 0) {
            throw new Mistake(function, "the choices come in pairs of a facet name and a value, but "
                    + pairs.size() + " terms were given");
        }
        StringBuilder words = new StringBuilder();
        Map<String, List<String>> selected = new LinkedHashMap<>();
        for (int i = 0; i < pairs.size(); i += 2) {
            String name = facetName(function, pairs.get(i), index);
            Node value = pairs.get(i + 1);
            if (!value.isConcrete()) {
                throw new Mistake(function, "the value of \"" + name + "\" is the unbound variable " + value
                        + "; give an IRI or a literal, or bind the variable before the call (VALUES or BIND)");
            }
            if (name.equals(WORDS)) {
                if (!value.isLiteral()) {
                    throw new Mistake(function, "\"q\" takes words as a literal, not " + value);
                }
                words.append(' ').append(value.getLiteralLexicalForm());
            } else {
                selected.computeIfAbsent(name, n -> new ArrayList<>()).add(valueOf(function, name, value, index));
            }
        }
        return new FacetArguments(words.toString().strip(), selected);
    }

    /** The name of a facet of the index (or {@code "q"}), given as a literal. */
    static String facetName(String function, Node name, SearchIndex index) {
        if (!name.isLiteral() || !(index.facets().containsKey(name.getLiteralLexicalForm())
                || name.getLiteralLexicalForm().equals(WORDS))) {
            throw new Mistake(function, "unknown facet " + name + "; the facets are "
                    + index.facets().keySet().stream().map(n -> '"' + n + '"').collect(Collectors.joining(", "))
                    + ", and \"q\" takes words");
        }
        return name.getLiteralLexicalForm();
    }

    private static String valueOf(String function, String name, Node value, SearchIndex index) {
        FacetIndex facet = index.facets().get(name);
        if (facet.size() > 0 && facet.hasLiteralValues() != value.isLiteral()) {
            throw new Mistake(function, "the facet \"" + name + "\" has " + (facet.hasLiteralValues() ? "literal" : "IRI")
                    + " values, not " + value);
        }
        return FacetIndex.text(value);
    }
}
