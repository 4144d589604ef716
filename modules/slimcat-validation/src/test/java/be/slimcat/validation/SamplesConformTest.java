// SPDX-License-Identifier: Apache-2.0
package be.slimcat.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import be.slimcat.vocab.RdfReader;
import be.slimcat.vocab.SlimcatIris;
import be.slimcat.vocab.Vocabulary;

/** Everything SlimCat ships in {@code data-samples/} conforms to its shapes and refers only to things it defines. */
class SamplesConformTest {
    private static Graph inventory;
    private static Graph examples;

    @BeforeAll
    static void read() throws IOException {
        inventory = readAll("data-samples/inventory");
        examples = readAll("data-samples/examples");
    }

    private static Graph readAll(String dir) throws IOException {
        Graph graph = GraphFactory.createDefaultGraph();
        RdfReader reader = new RdfReader(SlimcatIris.defaults());
        try (Stream<Path> files = Files.list(Repository.path(dir))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ttl")).sorted().toList()) {
                reader.read(file, null).graph().find().forEachRemaining(graph::add);
            }
        }
        return graph;
    }

    @Test
    void inventory_and_examples_have_no_violations() {
        ValidationOutcome outcome = CatalogueValidator.bundled(SlimcatIris.defaults()).validate(new Union(inventory, examples));
        String violations = outcome.findings().stream().filter(f -> f.severity() == Severity.VIOLATION)
                .map(f -> f.focusNode() + " " + f.path() + " " + f.message("en")).limit(20)
                .collect(Collectors.joining("\n"));
        assertEquals(0, outcome.count(Severity.VIOLATION), violations);
        assertTrue(inventory.size() > 1000, "inventory has " + inventory.size() + " triples");
        assertTrue(examples.size() > 100, "examples have " + examples.size() + " triples");
    }

    @Test
    void the_examples_alone_have_no_violations() {
        ValidationOutcome outcome = CatalogueValidator.bundled(SlimcatIris.defaults()).validate(examples);
        assertEquals(0, outcome.count(Severity.VIOLATION), outcome.findings().stream()
                .filter(f -> f.severity() == Severity.VIOLATION).map(Finding::toString).collect(Collectors.joining("\n")));
        assertTrue(outcome.count(Severity.WARNING) > 0, "the examples keep their deliberate warnings");
    }

    @Test
    void no_vocabulary_term_or_authority_table_concept_is_a_focus_node() {
        Graph vocabulary = Vocabulary.load(SlimcatIris.defaults());
        ValidationOutcome outcome = CatalogueValidator.bundled(SlimcatIris.defaults()).validate(new Union(inventory, examples));
        assertTrue(outcome.findings().size() > 0, "the samples have warnings and infos");
        List<String> background = outcome.findings().stream().map(Finding::focusNode)
                .filter(n -> vocabulary.find(n, null, null).hasNext()).map(Node::toString).distinct().toList();
        assertEquals(List.of(), background);
    }

    @Test
    void every_slimcat_thing_referred_to_is_defined() {
        Graph all = new Union(new Union(inventory, examples), Vocabulary.load(SlimcatIris.defaults()));
        Set<String> undefined = new TreeSet<>();
        all.find().forEachRemaining(t -> {
            Node o = t.getObject();
            if (o.isURI() && o.getURI().startsWith(SlimcatIris.DEFAULT_BASE + "/id/") && !o.getURI().contains("#")
                    && !all.find(o, null, null).hasNext()) {
                undefined.add(o.getURI());
            }
        });
        assertEquals(List.of(), List.copyOf(undefined));
    }
}
