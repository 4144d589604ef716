// SPDX-License-Identifier: Apache-2.0
package be.slimcat.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import be.slimcat.vocab.RdfReader;
import be.slimcat.vocab.SlimcatIris;
import be.slimcat.vocab.Vocabulary;

/**
 * Per-record validation finds exactly what whole-graph validation finds: the same focus node, path,
 * severity, source shape, value and layer, each once, on a generated catalogue of 400 datasets with
 * varied defects plus the sample data SlimCat ships.
 */
class RecordValidatorTest {
    private static CatalogueValidator whole;
    private static RecordValidator perRecord;
    private static Graph data;
    private static List<String> expected;

    @BeforeAll
    static void validateTheWholeGraph() throws IOException {
        whole = CatalogueValidator.bundled(SlimcatIris.defaults());
        perRecord = new RecordValidator(whole);
        data = DefectiveCatalogue.generate(400);
        for (String dir : List.of("data-samples/examples", "data-samples/inventory")) {
            try (Stream<Path> files = Files.list(Repository.path(dir))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".ttl")).sorted().toList()) {
                    new RdfReader(SlimcatIris.defaults()).read(file, null).graph().find().forEachRemaining(data::add);
                }
            }
        }
        expected = keys(whole.validate(data).findings());
    }

    /** One line per finding, sorted; duplicates stay. */
    private static List<String> keys(List<Finding> findings) {
        return findings.stream().map(RecordValidatorTest::key).sorted().toList();
    }

    private static String key(Finding f) {
        return String.join(" | ", FmtUtils.stringForNode(f.focusNode()), f.path(), f.severity().label(),
                FmtUtils.stringForNode(f.sourceShape()), f.value() == null ? "-" : FmtUtils.stringForNode(f.value()),
                f.layerName());
    }

    /** The same findings, each as often; on failure the message lists what is missing and what is extra. */
    private static void assertSameFindings(List<String> expected, List<Finding> actual) {
        List<String> got = keys(actual);
        List<String> missing = new ArrayList<>(expected);
        got.forEach(missing::remove);
        List<String> extra = new ArrayList<>(got);
        expected.forEach(extra::remove);
        assertEquals(List.of(), missing.stream().limit(20).toList(), "missing (of " + missing.size() + ")");
        assertEquals(List.of(), extra.stream().limit(20).toList(), "extra (of " + extra.size() + ")");
        assertEquals(expected.size(), got.size());
    }

    private static List<Finding> union(List<RecordOutcome> outcomes) {
        return outcomes.stream().flatMap(o -> o.outcome().findings().stream()).toList();
    }

    @Test
    void the_whole_graph_has_every_kind_of_defect_once() {
        assertEquals(expected.size(), expected.stream().distinct().count(), "whole-graph findings are distinct");
        Map<String, Long> perLayer = whole.validate(data).countByLayer();
        assertEquals(List.of("dcat-ap-mandatory", "dcat-ap-recommended", "dcat-ap-vl", "ecosystem", "eu-code-lists"),
                List.copyOf(perLayer.keySet()));
        assertTrue(expected.size() > 2000, expected.size() + " findings");
        for (String defect : List.of("<https://example.org/test/geen-dataset>", "<https://example.org/test/contact/2>",
                "<https://data.slimcat.be/id/distributie/wees>", "\"22/11/2026\"^^xsd:date", "\"Stad Gent\"",
                "<https://data.slimcat.be/id/dataset/gen-5> | dct:temporal", "\"begin 2024\"")) {
            assertTrue(expected.stream().anyMatch(k -> k.contains(defect)), defect);
        }
    }

    @Test
    void the_records_together_find_exactly_what_the_whole_graph_finds() {
        List<RecordOutcome> outcomes = perRecord.validateAll(data, 4);
        assertSameFindings(expected, union(outcomes));
    }

    @Test
    void every_subject_is_in_one_record_and_a_record_reports_only_on_its_own_subjects() {
        List<ValidationRecord> records = perRecord.records(data).toList();
        Map<Node, Long> owners = records.stream().flatMap(r -> r.subjects().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<Node> subjects = data.find().mapWith(t -> t.getSubject()).toSet().stream().toList();
        assertEquals(subjects.size(), owners.size());
        assertTrue(owners.values().stream().allMatch(n -> n == 1));
        assertTrue(owners.keySet().containsAll(subjects));
        for (ValidationRecord record : records.subList(0, 50)) {
            RecordOutcome outcome = perRecord.validate(record);
            assertTrue(outcome.outcome().findings().stream().allMatch(f -> record.subjects().contains(f.focusNode())),
                    record.root().toString());
        }
        Map<String, Long> sizes = new TreeMap<>();
        ValidationRecord dataset = records.stream().filter(r -> r.root().getURI() != null
                && r.root().getURI().endsWith("/dataset/gen-8")).findFirst().orElseThrow();
        sizes.put("subjects", (long) dataset.subjects().size());
        assertEquals(Map.of("subjects", 5L), sizes, "dataset, its blank contact point and three distributions");
    }

    @Test
    void records_validated_from_several_threads_as_a_stream_give_the_same_findings() {
        List<Finding> findings = perRecord.records(data).parallel().map(perRecord::validate)
                .flatMap(o -> o.outcome().findings().stream()).toList();
        assertSameFindings(expected, findings);
    }

    @Test
    void outcomes_handed_to_a_consumer_as_they_are_ready_give_the_same_findings() {
        java.util.Queue<RecordOutcome> outcomes = new java.util.concurrent.ConcurrentLinkedQueue<>();
        int records = perRecord.validateAll(data, 3, outcomes::add);
        assertEquals(records, outcomes.size());
        assertEquals(perRecord.records(data).count(), records);
        assertSameFindings(expected, union(List.copyOf(outcomes)));
    }

    @Test
    void one_thread_and_many_threads_agree() {
        assertSameFindings(expected, union(perRecord.validateAll(data, 1)));
        assertSameFindings(expected, union(perRecord.validateAll(data, 7)));
    }

    @Test
    void a_record_harvested_on_its_own_is_validated_as_a_graph() {
        Graph one = GraphFactory.createDefaultGraph();
        RDFParser.fromString("""
                @prefix dct: <http://purl.org/dc/terms/> . @prefix dcat: <http://www.w3.org/ns/dcat#> .
                <https://example.org/d> a dcat:Dataset ; dct:description "x"@nl ;
                    dcat:distribution <https://example.org/d/csv> .
                <https://example.org/d/csv> a dcat:Distribution ; dct:format "CSV" .
                """, Lang.TURTLE).parse(one);
        Node root = NodeFactory.createURI("https://example.org/d");
        RecordOutcome outcome = perRecord.validate(ValidationRecord.of(root, one));
        assertEquals(root, outcome.record());
        assertSameFindings(keys(whole.validate(one).findings()), outcome.outcome().findings());
        assertEquals(4, outcome.outcome().count(Severity.VIOLATION), "title, publisher, accessURL, format as text");
    }

    @Test
    void shapes_whose_focus_nodes_need_not_be_subjects_are_refused() {
        for (String shape : List.of("[ a sh:NodeShape ; sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:minCount 1 ] ]",
                "[ a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path [ sh:inversePath ex:p ] ; sh:minCount 1 ] ]")) {
            Graph shapes = GraphFactory.createDefaultGraph();
            RDFParser.fromString("@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <https://example.org/> . "
                    + shape + " .", Lang.TURTLE).parse(shapes);
            CatalogueValidator validator = CatalogueValidator.of(shapes, Vocabulary.load(SlimcatIris.defaults()));
            assertThrows(UnsupportedShapesException.class, () -> new RecordValidator(validator), shape);
        }
    }

    @Test
    void the_reach_of_the_bundled_shapes_is_small() {
        ShapeReach reach = ShapeReach.of(CatalogueValidator.bundledShapes(SlimcatIris.defaults()));
        List<String> predicates = new ArrayList<>(reach.predicates().stream().map(Node::getLocalName).sorted().toList());
        assertEquals(List.of("broader", "hasEmail", "inScheme", "notation", "schemaAgency", "subClassOf", "type"), predicates);
        List<String> followed = List.of("distribution", "dataset", "service", "contactPoint", "license", "format", "theme",
                "accessRights", "accrualPeriodicity", "language", "mediaType", "identifier", "actorCategory", "domain")
                .stream().filter(name -> java.util.stream.Stream.of("http://www.w3.org/ns/dcat#", "http://purl.org/dc/terms/",
                        "http://www.w3.org/ns/adms#", "https://data.slimcat.be/ns/slimcat#")
                        .anyMatch(ns -> reach.follows(NodeFactory.createURI(ns + name)))).toList();
        assertEquals(List.of("distribution", "dataset", "service", "contactPoint", "license", "format", "theme",
                "accessRights", "accrualPeriodicity", "language", "identifier", "actorCategory", "domain"), followed,
                "dcat:mediaType is checked by pattern only");
        assertTrue(!reach.follows(NodeFactory.createURI("http://purl.org/dc/terms/publisher")), "publisher: node kind only");
    }
}
