// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.queries;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

import be.slimcat.vocab.SlimcatIris;

/**
 * A named query of the library, as its file header describes it.
 *
 * @param name               the file name without {@code .rq}
 * @param titles             the title by language ({@code nl}, {@code en})
 * @param descriptions       one sentence saying what it answers, by language
 * @param questions          the numbers of the seeds-digest §5 questions it answers
 * @param parameters         its parameters, in header order
 * @param needsQualityGraphs true when it reads the quality graphs (written by serve, load and harvest)
 * @param query              the parsed query, IRIs as written (default base), parameters unbound
 */
public record LibraryQuery(String name, Map<String, String> titles, Map<String, String> descriptions,
        List<Integer> questions, List<QueryParameter> parameters, boolean needsQualityGraphs, Query query) {

    public LibraryQuery {
        Objects.requireNonNull(name, "name");
        titles = Map.copyOf(titles);
        descriptions = Map.copyOf(descriptions);
        questions = List.copyOf(questions);
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(query, "query");
    }

    /** The title in the language, else the English one. */
    public String title(String language) {
        return titles.getOrDefault(language, titles.get("en"));
    }

    /** The description in the language, else the English one. */
    public String description(String language) {
        return descriptions.getOrDefault(language, descriptions.get("en"));
    }

    /** The parameter of that name. */
    public Optional<QueryParameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * The query with every parameter bound: to the given raw value, else to its default. IRIs written
     * with the default base (in the query and in values) are rebased to the base of {@code iris}.
     *
     * @throws InvalidParameterException for a value of an unknown parameter or of the wrong kind
     */
    public BoundQuery bind(Map<String, String> values, SlimcatIris iris) {
        for (String given : values.keySet()) {
            if (parameter(given).isEmpty()) {
                throw new InvalidParameterException("Query '" + name + "' has no parameter '" + given + "'; "
                        + (parameters.isEmpty() ? "it takes none" : "its parameters are " + String.join(", ",
                                parameters.stream().map(QueryParameter::name).toList())));
            }
        }
        Map<String, Node> bound = new LinkedHashMap<>();
        for (QueryParameter p : parameters) {
            String raw = values.containsKey(p.name()) ? values.get(p.name()) : p.defaultValue();
            bound.put(p.name(), p.parse(raw, name, iris));
        }
        Query rebased = iris.isDefault() ? query : QueryTransformOps.transform(query,
                node -> node.isURI() ? NodeFactory.createURI(iris.rebase(node.getURI())) : node);
        Map<Var, Node> substitution = new LinkedHashMap<>();
        bound.forEach((var, node) -> substitution.put(Var.alloc(var), node));
        return new BoundQuery(this, bound, QueryTransformOps.replaceVars(rebased, substitution));
    }
}
