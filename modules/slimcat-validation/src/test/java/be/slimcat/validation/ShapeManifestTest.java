// SPDX-License-Identifier: Apache-2.0
package be.slimcat.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import be.slimcat.vocab.RdfReader;
import be.slimcat.vocab.SC;
import be.slimcat.vocab.SlimcatIris;

/**
 * Runs every test of {@code shapes/tests/manifest.ttl}: the case is validated with all bundled
 * shapes and the vocabulary, and the results must be exactly the expected ones (focus node, path,
 * severity), no more and no fewer; where an expected result names its layer, the finding must be in it.
 */
class ShapeManifestTest {
    private static final String SCT = "https://data.slimcat.be/ns/shape-tests#";
    private static final Node SHAPE_TEST = NodeFactory.createURI(SCT + "ShapeTest");
    private static final Node DATA = NodeFactory.createURI(SCT + "data");
    private static final Node CONFORMS = NodeFactory.createURI(SCT + "conforms");
    private static final Node RESULT_COUNT = NodeFactory.createURI(SCT + "resultCount");
    private static final Node EXPECTED_RESULT = NodeFactory.createURI(SCT + "expectedResult");
    private static final Node LAYER = SC.validationLayer.asNode();

    private static CatalogueValidator validator;

    @BeforeAll
    static void loadShapes() {
        validator = CatalogueValidator.bundled(SlimcatIris.defaults());
    }

    record Expected(Node focus, Node path, Severity severity, Node layer) {
        String key() {
            return FmtUtils.stringForNode(focus) + " " + (path == null ? "(node)" : FmtUtils.stringForNode(path)) + " "
                    + severity.label();
        }

        @Override
        public String toString() {
            return key() + (layer == null ? "" : " " + FmtUtils.stringForNode(layer));
        }
    }

    @TestFactory
    Stream<DynamicTest> manifest_cases() {
        Path manifestFile = Repository.path("shapes/tests/manifest.ttl");
        Graph manifest = RDFDataMgr.loadGraph(manifestFile.toUri().toString());
        List<Node> tests = G.find(manifest, null, RDF.type.asNode(), SHAPE_TEST).mapWith(t -> t.getSubject()).toList();
        assertFalse(tests.isEmpty(), "no tests in " + manifestFile);
        return tests.stream()
                .sorted((a, b) -> a.getURI().compareTo(b.getURI()))
                .map(test -> DynamicTest.dynamicTest(name(manifest, test), () -> run(manifest, test)));
    }

    private static String name(Graph manifest, Node test) {
        Node label = G.getZeroOrOneSP(manifest, test, RDFS.label.asNode());
        String fragment = test.getURI().substring(test.getURI().indexOf('#') + 1);
        return label == null ? fragment : fragment + ": " + label.getLiteralLexicalForm();
    }

    private static void run(Graph manifest, Node test) {
        Path data = Path.of(java.net.URI.create(G.getOneSP(manifest, test, DATA).getURI()));
        Graph graph = new RdfReader(SlimcatIris.defaults()).read(data, null).graph();
        ValidationOutcome outcome = validator.validate(graph);

        List<Expected> expected = new ArrayList<>();
        G.find(manifest, test, EXPECTED_RESULT, null).forEach(t -> {
            Node r = t.getObject();
            expected.add(new Expected(G.getOneSP(manifest, r, SHACL.focusNode), G.getZeroOrOneSP(manifest, r, SHACL.resultPath),
                    Severity.of(G.getOneSP(manifest, r, SHACL.resultSeverity)), G.getZeroOrOneSP(manifest, r, LAYER)));
        });
        List<Expected> actual = outcome.findings().stream()
                .map(f -> new Expected(f.focusNode(), f.pathNode(), f.severity(), f.layer() == null ? null : f.layer().iri()))
                .toList();

        String report = outcome.findings().stream()
                .map(f -> f.focusNode() + " " + f.path() + " " + f.severity() + " " + f.layerName() + " " + f.message("en"))
                .collect(Collectors.joining("\n  ", "\n  ", ""));
        assertEquals(G.getOneSP(manifest, test, CONFORMS).getLiteralValue(), outcome.findings().isEmpty(), report);
        assertEquals(((Number) G.getOneSP(manifest, test, RESULT_COUNT).getLiteralValue()).intValue(), actual.size(), report);
        assertEquals(counts(expected, Expected::key), counts(actual, Expected::key), report);

        Set<String> layeredKeys = expected.stream().filter(e -> e.layer() != null).map(Expected::key).collect(Collectors.toSet());
        assertEquals(counts(expected.stream().filter(e -> layeredKeys.contains(e.key())).toList(), Expected::toString),
                counts(actual.stream().filter(e -> layeredKeys.contains(e.key())).toList(), Expected::toString), report);
    }

    private static Map<String, Long> counts(List<Expected> results, Function<Expected, String> key) {
        return results.stream().collect(Collectors.groupingBy(key, java.util.TreeMap::new, Collectors.counting()));
    }

}
