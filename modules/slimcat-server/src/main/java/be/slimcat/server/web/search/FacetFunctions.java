// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.web.search;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * The search index in SPARQL: the property functions {@code facet:count} and {@code facet:items}
 * (namespace {@value #NS}), answered from the in-memory index of the search page, so that faceted
 * search over SPARQL costs set operations instead of a {@code GROUP BY} over the store. The index follows
 * the store: after a commit it is rebuilt in the background, and until then the functions answer from
 * the data before the commit, as the search page does.
 */
public final class FacetFunctions {
    /** The namespace of the functions. */
    public static final String NS = "https://data.slimcat.be/ns/facet#";
    /** Counts per value of a facet. */
    public static final String COUNT = NS + "count";
    /** The things picked out by some choices. */
    public static final String ITEMS = NS + "items";

    private final Supplier<SearchIndex> index;
    private final Search search;

    public FacetFunctions(Supplier<SearchIndex> index, Search search) {
        this.index = index;
        this.search = search;
    }

    /** Registers the functions for queries run with this context (a dataset's), next to those already there. */
    public void install(Context context) {
        PropertyFunctionRegistry registry = PropertyFunctionRegistry.createFrom(PropertyFunctionRegistry.chooseRegistry(context));
        registry.put(COUNT, uri -> new FacetCountFunction(index, search));
        registry.put(ITEMS, uri -> new FacetItemsFunction(index, search));
        PropertyFunctionRegistry.set(context, registry);
    }

    /** Whether the IRI names a facet function, whose answers follow the search index rather than the store. */
    public static boolean isFacetFunction(String iri) {
        return iri.startsWith(NS);
    }

    /** The function's name for messages: {@code facet:count}. */
    static String name(Node predicate) {
        return "facet:" + predicate.getURI().substring(NS.length());
    }

    /**
     * The binding with each term bound to its value: a variable not yet bound is bound, a given term must
     * equal the value; empty when one does not.
     */
    static Optional<Binding> bind(Binding parent, List<Node> terms, List<Node> values) {
        BindingBuilder builder = BindingBuilder.create(parent);
        for (int i = 0; i < terms.size(); i++) {
            Node term = terms.get(i);
            Node value = values.get(i);
            if (Var.isVar(term)) {
                Var var = Var.alloc(term);
                Node bound = builder.get(var);
                if (bound == null) {
                    builder.add(var, value);
                } else if (!bound.equals(value)) {
                    return Optional.empty();
                }
            } else if (!term.sameValueAs(value)) {
                return Optional.empty();
            }
        }
        return Optional.of(builder.build());
    }
}
