// SPDX-License-Identifier: Apache-2.0
package be.slimcat.validation;

import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;

/**
 * A validation layer: where a rule comes from (DCAT-AP 3 mandatory, DCAT-AP 3 recommended, EU code
 * lists, DCAT-AP Vlaanderen, the SlimCat ecosystem). A concept of the scheme
 * {@code ontologies/schemes/validatielaag.ttl}; every shape names one with {@code sc:validationLayer}.
 *
 * @param iri    the concept
 * @param name   its notation, as used on the command line (e.g. {@code dcat-ap-mandatory})
 * @param labels its preferred label per language tag
 */
public record ValidationLayer(Node iri, String name, Map<String, String> labels) {

    public ValidationLayer {
        labels = Map.copyOf(labels);
    }

    /** The label in the preferred language, else English, else the name. */
    public String label(String language) {
        return Optional.ofNullable(labels.get(language)).or(() -> Optional.ofNullable(labels.get("en"))).orElse(name);
    }
}
