// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.queries;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.graph.Node;

import be.slimcat.vocab.SlimcatIris;

/**
 * One parameter of a library query: a variable of the query that gets a value by substitution.
 *
 * @param name          the variable name, without {@code ?}
 * @param kind          what the value holds
 * @param defaultValue  the raw value used when none is given (written with the default base for IRIs)
 * @param descriptions  what the parameter means, by language tag ({@code nl}, {@code en})
 * @param choicesScheme for IRI parameters whose values are concepts: the concept scheme they come from
 */
public record QueryParameter(String name, ParameterKind kind, String defaultValue, Map<String, String> descriptions,
        Optional<String> choicesScheme) {

    public QueryParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(defaultValue, "defaultValue");
        descriptions = Map.copyOf(descriptions);
        Objects.requireNonNull(choicesScheme, "choicesScheme");
    }

    /** The description in the language, else the English one. */
    public String description(String language) {
        return descriptions.getOrDefault(language, descriptions.getOrDefault("en", ""));
    }

    /** The default value as it applies with the base of {@code iris} (IRIs rebased). */
    public String defaultValue(SlimcatIris iris) {
        return kind == ParameterKind.IRI ? iris.rebase(defaultValue) : defaultValue;
    }

    /**
     * The RDF term for a raw value.
     *
     * @throws InvalidParameterException when the value is empty or not of the parameter's kind
     */
    public Node parse(String raw, String queryName, SlimcatIris iris) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidParameterException("Parameter '" + name + "' of query '" + queryName
                    + "' is empty: give " + kind.expected() + ", or leave it out to use the default " + defaultValue(iris));
        }
        return kind.toNode(raw, iris).orElseThrow(() -> new InvalidParameterException("Parameter '" + name
                + "' of query '" + queryName + "' has the value '" + raw + "', which is not " + kind.expected()));
    }
}
