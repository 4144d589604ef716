// SPDX-License-Identifier: Apache-2.0
package be.slimcat.validation;

import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;

/**
 * One SHACL validation result.
 *
 * @param focusNode  the resource that was checked
 * @param path       the property path, as SPARQL path syntax with prefixes, or empty for node-level results
 * @param pathNode   the property IRI when the path is a single property, else null
 * @param value      the offending value, or null when a value is missing
 * @param severity   how serious it is
 * @param messages   the message per language tag ("nl", "en", "" for untagged)
 * @param sourceShape the shape that produced the result
 * @param layer       the validation layer of that shape, or null for a shape that names none
 */
public record Finding(Node focusNode, String path, Node pathNode, Node value, Severity severity,
        Map<String, String> messages, Node sourceShape, ValidationLayer layer) {

    public Finding {
        messages = Map.copyOf(messages);
    }

    /** The message in the preferred language, else English, else any message there is. */
    public String message(String language) {
        return Optional.ofNullable(messages.get(language))
                .or(() -> Optional.ofNullable(messages.get("en")))
                .or(() -> messages.values().stream().findFirst())
                .orElse("");
    }

    /** The name of the layer, or an empty string when the shape names none. */
    public String layerName() {
        return layer == null ? "" : layer.name();
    }
}
