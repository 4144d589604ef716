// SPDX-License-Identifier: Apache-2.0
package be.slimcat.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import be.slimcat.vocab.RdfReader;
import be.slimcat.vocab.SC;
import be.slimcat.vocab.SlimcatIris;
import be.slimcat.vocab.Vocabulary;

/** Every shape is in exactly one validation layer, and validation can be restricted to some layers. */
class LayersTest {
    private static final Node LAYER = SC.validationLayer.asNode();
    private static final Node LAYER_SCHEME = NodeFactory.createURI("https://data.slimcat.be/id/conceptscheme/validatielaag");

    private static Graph shapes;
    private static Graph vocabulary;
    private static CatalogueValidator validator;

    @BeforeAll
    static void load() {
        shapes = CatalogueValidator.bundledShapes(SlimcatIris.defaults());
        vocabulary = Vocabulary.load(SlimcatIris.defaults());
        validator = CatalogueValidator.of(shapes, vocabulary);
    }

    /** Node and property shapes, the property shapes node shapes list and the named shapes sh:node refers to. */
    private static Set<Node> allShapes() {
        Set<Node> all = new HashSet<>();
        all.addAll(G.find(shapes, null, RDF.type.asNode(), SHACL.NodeShape).mapWith(t -> t.getSubject()).toSet());
        all.addAll(G.find(shapes, null, RDF.type.asNode(), SHACL.PropertyShape).mapWith(t -> t.getSubject()).toSet());
        all.addAll(G.find(shapes, null, SHACL.property, null).mapWith(t -> t.getObject()).toSet());
        for (Node reference : List.of(SHACL.node, SHACL.qualifiedValueShape)) {
            all.addAll(G.find(shapes, null, reference, null).mapWith(t -> t.getObject()).filterKeep(Node::isURI).toSet());
        }
        return all;
    }

    @Test
    void every_shape_names_exactly_one_layer_of_the_scheme() {
        Set<Node> shapesFound = allShapes();
        assertEquals(381, shapesFound.size());
        List<String> wrong = new ArrayList<>();
        for (Node shape : shapesFound) {
            List<Node> layers = G.find(shapes, shape, LAYER, null).mapWith(t -> t.getObject()).toList();
            if (layers.size() != 1 || !vocabulary.contains(layers.get(0), SKOS.inScheme.asNode(), LAYER_SCHEME)) {
                wrong.add(shape + " " + layers);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void a_shape_and_the_shapes_it_refers_to_share_a_layer() {
        List<String> mixed = new ArrayList<>();
        for (Node reference : List.of(SHACL.property, SHACL.node, SHACL.qualifiedValueShape)) {
            G.find(shapes, null, reference, null).forEach(t -> {
                Node from = G.getZeroOrOneSP(shapes, t.getSubject(), LAYER);
                Node to = G.getZeroOrOneSP(shapes, t.getObject(), LAYER);
                if (from != null && to != null && !from.equals(to)) {
                    mixed.add(t.getSubject() + " -> " + t.getObject());
                }
            });
        }
        assertEquals(List.of(), mixed);
    }

    @Test
    void the_five_layers_with_their_labels() {
        assertEquals(List.of("dcat-ap-mandatory", "dcat-ap-recommended", "dcat-ap-vl", "ecosystem", "eu-code-lists"),
                validator.layers().stream().map(ValidationLayer::name).toList());
        ValidationLayer mandatory = validator.layer("dcat-ap-mandatory").orElseThrow();
        assertEquals("DCAT-AP 3 verplicht", mandatory.label("nl"));
        assertEquals("DCAT-AP 3 mandatory", mandatory.label("en"));
        assertTrue(validator.layer("dcat-ap").isEmpty());
    }

    @Test
    void the_vocabulary_and_the_authority_tables_are_never_reported_on() {
        ValidationOutcome outcome = validator.validate(vocabulary);
        assertEquals(List.of(), outcome.findings());
    }

    @Test
    void a_restricted_validator_gives_exactly_the_findings_of_its_layers() {
        Graph data = new RdfReader(SlimcatIris.defaults()).read(Repository.path("shapes/tests/cases/code-lists.ttl"), null).graph();
        new RdfReader(SlimcatIris.defaults()).read(Repository.path("shapes/tests/cases/supporting-classes.ttl"), null).graph()
                .find().forEachRemaining(data::add);
        List<Finding> all = validator.validate(data).findings();
        Map<String, Long> perLayer = new TreeMap<>(new ValidationOutcome(all, data).countByLayer());
        assertEquals(Map.of("dcat-ap-mandatory", 6L, "dcat-ap-recommended", 3L, "dcat-ap-vl", 1L, "ecosystem", 1L,
                "eu-code-lists", 10L), perLayer);
        Set<String> union = new TreeSet<>();
        for (ValidationLayer layer : validator.layers()) {
            List<Finding> restricted = validator.restrictedTo(List.of(layer)).validate(data).findings();
            assertEquals(texts(all.stream().filter(f -> f.layer().equals(layer)).toList()), texts(restricted), layer.name());
            union.addAll(texts(restricted));
        }
        assertEquals(texts(all), union);
        ValidationLayer codeLists = validator.layer("eu-code-lists").orElseThrow();
        ValidationLayer vl = validator.layer("dcat-ap-vl").orElseThrow();
        assertEquals(11, validator.restrictedTo(List.of(codeLists, vl)).validate(data).findings().size());
        assertThrows(IllegalArgumentException.class, () -> validator.restrictedTo(List.of()));
    }

    @Test
    void the_report_graph_names_the_layer_of_each_result() {
        Graph data = new RdfReader(SlimcatIris.defaults()).read(Repository.path("shapes/tests/cases/code-lists.ttl"), null).graph();
        ValidationOutcome outcome = validator.validate(data);
        List<Node> results = G.find(outcome.reportGraph(), null, SHACL.result, null).mapWith(t -> t.getObject()).toList();
        assertEquals(11, results.size());
        assertFalse(results.stream().anyMatch(r -> G.getZeroOrOneSP(outcome.reportGraph(), r, LAYER) == null));
        assertEquals(10, results.stream().filter(r -> G.getOneSP(outcome.reportGraph(), r, LAYER).getURI()
                .endsWith("/eu-code-lists")).count());
    }

    private static Set<String> texts(List<Finding> findings) {
        Set<String> texts = new TreeSet<>();
        findings.forEach(f -> texts.add(f.focusNode() + " " + f.path() + " " + f.severity() + " " + f.value() + " " + f.sourceShape()));
        return texts;
    }
}
