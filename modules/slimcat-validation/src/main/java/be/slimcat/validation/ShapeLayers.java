// SPDX-License-Identifier: Apache-2.0
package be.slimcat.validation;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.SKOS;

import be.slimcat.vocab.SC;

/**
 * Which validation layer each shape of a shapes graph is in ({@code sc:validationLayer}), with the
 * layers' notations and labels read from the background vocabulary.
 */
final class ShapeLayers {
    private final Map<Node, ValidationLayer> byShape;
    private final List<ValidationLayer> layers;

    private ShapeLayers(Map<Node, ValidationLayer> byShape, List<ValidationLayer> layers) {
        this.byShape = byShape;
        this.layers = layers;
    }

    /** The layers named in the shapes graph; a layer the background does not describe is named after its IRI. */
    static ShapeLayers of(Graph shapes, Graph background) {
        Map<Node, ValidationLayer> layerByIri = new HashMap<>();
        Map<Node, ValidationLayer> byShape = new HashMap<>();
        for (Triple t : G.find(shapes, null, SC.validationLayer.asNode(), null).toList()) {
            ValidationLayer layer = layerByIri.computeIfAbsent(t.getObject(), iri -> describe(iri, background));
            byShape.put(t.getSubject(), layer);
        }
        List<ValidationLayer> layers = layerByIri.values().stream()
                .sorted(Comparator.comparing(ValidationLayer::name)).toList();
        return new ShapeLayers(Map.copyOf(byShape), layers);
    }

    private static ValidationLayer describe(Node iri, Graph background) {
        Node notation = G.getZeroOrOneSP(background, iri, SKOS.notation.asNode());
        String name = notation != null ? notation.getLiteralLexicalForm()
                : iri.isURI() ? iri.getURI().substring(iri.getURI().lastIndexOf('/') + 1) : iri.toString();
        Map<String, String> labels = new TreeMap<>();
        G.find(background, iri, SKOS.prefLabel.asNode(), null).forEach(t -> {
            if (t.getObject().isLiteral()) {
                labels.putIfAbsent(t.getObject().getLiteralLanguage(), t.getObject().getLiteralLexicalForm());
            }
        });
        return new ValidationLayer(iri, name, labels);
    }

    /** The layer of a shape, or null when the shape names none. */
    ValidationLayer layerOf(Node shape) {
        return shape == null ? null : byShape.get(shape);
    }

    /** Every layer some shape is in, sorted by name. */
    List<ValidationLayer> all() {
        return layers;
    }

    /** The layer with this name (notation), if a shape is in it. */
    Optional<ValidationLayer> named(String name) {
        return layers.stream().filter(l -> l.name().equals(name)).findFirst();
    }
}
