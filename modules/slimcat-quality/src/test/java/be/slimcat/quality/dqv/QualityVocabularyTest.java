// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.dqv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

import be.slimcat.quality.mqa.MqaDimension;
import be.slimcat.vocab.DQV;
import be.slimcat.vocab.SCQ;
import be.slimcat.vocab.SlimcatIris;
import be.slimcat.vocab.Vocabulary;

/** The bundled {@code ontologies/quality.ttl} declares every metric the writer uses, in the right dimension. */
class QualityVocabularyTest {
    private static final Graph VOCABULARY = Vocabulary.load(SlimcatIris.defaults());

    @Test
    void every_metric_is_declared_in_its_dimension() {
        Map<Resource, Resource> dimensionOf = new LinkedHashMap<>();
        dimensionOf.put(SCQ.starRating, SCQ.openness);
        dimensionOf.put(SCQ.findabilityScore, SCQ.findability);
        dimensionOf.put(SCQ.accessibilityScore, SCQ.accessibility);
        dimensionOf.put(SCQ.interoperabilityScore, SCQ.interoperability);
        dimensionOf.put(SCQ.reusabilityScore, SCQ.reusability);
        dimensionOf.put(SCQ.contextualityScore, SCQ.contextuality);
        dimensionOf.put(SCQ.mqaScore, SCQ.overallMetadataQuality);
        dimensionOf.put(SCQ.mqaBand, SCQ.overallMetadataQuality);
        dimensionOf.put(SCQ.mqaNotAssessedPoints, SCQ.overallMetadataQuality);
        dimensionOf.forEach((metric, dimension) -> {
            assertTrue(VOCABULARY.contains(metric.asNode(), RDF.type.asNode(), DQV.Metric.asNode()), metric.getURI());
            assertEquals(Set.of(dimension.asNode()), objects(metric, DQV.inDimension.asNode()), metric.getURI());
            assertTrue(VOCABULARY.contains(dimension.asNode(), RDF.type.asNode(), DQV.Dimension.asNode()), dimension.getURI());
        });
        for (MqaDimension dimension : MqaDimension.values()) {
            assertTrue(dimensionOf.containsKey(dimension.metric()), dimension.name());
        }
    }

    @Test
    void every_term_has_a_dutch_and_an_english_label_and_definition() throws IllegalAccessException {
        Set<String> missing = new TreeSet<>();
        for (Field field : SCQ.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.get(null) instanceof Resource term) {
                for (Node property : new Node[] {SKOS.prefLabel.asNode(), SKOS.definition.asNode()}) {
                    Set<String> languages = new TreeSet<>();
                    objects(term, property).forEach(o -> languages.add(o.getLiteralLanguage()));
                    if (!languages.equals(Set.of("en", "nl"))) {
                        missing.add(term.getLocalName() + " " + property.getLocalName() + " " + languages);
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    private static Set<Node> objects(Resource subject, Node property) {
        return Set.copyOf(VOCABULARY.find(subject.asNode(), property, Node.ANY).mapWith(t -> t.getObject()).toList());
    }
}
