// SPDX-License-Identifier: Apache-2.0
package be.slimcat.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The EU authority tables in {@code ontologies/authority/} are part of the bundled vocabulary. */
class AuthorityTablesTest {
    private static final String TABLES = "http://publications.europa.eu/resource/authority/";
    private static Graph vocabulary;

    @BeforeAll
    static void load() {
        vocabulary = Vocabulary.load(SlimcatIris.defaults());
    }

    @Test
    void every_table_is_bundled_as_a_file_of_its_own() {
        List<String> files = BundledFile.list("ontologies/authority", ".ttl").stream().map(BundledFile::path).toList();
        assertEquals(List.of("access-right.ttl", "data-theme.ttl", "file-type.ttl", "frequency.ttl", "language.ttl",
                "licence.ttl"), files);
    }

    @Test
    void vocabulary_holds_every_concept_of_every_table() {
        Map<String, Integer> concepts = new TreeMap<>();
        for (String table : List.of("access-right", "data-theme", "file-type", "frequency", "language", "licence")) {
            Node scheme = NodeFactory.createURI(TABLES + table);
            concepts.put(table, G.find(vocabulary, null, SKOS.inScheme.asNode(), scheme).toList().size());
            assertTrue(vocabulary.contains(scheme, RDF.type.asNode(), SKOS.ConceptScheme.asNode()), table);
            assertEquals(1, G.find(vocabulary, scheme, OWL2.versionInfo.asNode(), null).toList().size(), table);
        }
        assertEquals(Map.of("access-right", 6, "data-theme", 14, "file-type", 201, "frequency", 36, "language", 404,
                "licence", 47), concepts);
    }

    @Test
    void concepts_carry_the_class_dcat_ap_expects_notation_and_labels() {
        Node ccBy = NodeFactory.createURI(TABLES + "licence/CC_BY_4_0");
        assertTrue(vocabulary.contains(ccBy, RDF.type.asNode(), SKOS.Concept.asNode()));
        assertTrue(vocabulary.contains(ccBy, RDF.type.asNode(), DCTerms.LicenseDocument.asNode()));
        assertEquals("CC_BY_4_0", G.getOneSP(vocabulary, ccBy, SKOS.notation.asNode()).getLiteralLexicalForm());
        assertEquals(List.of("en", "nl"), G.find(vocabulary, ccBy, SKOS.prefLabel.asNode(), null)
                .mapWith(t -> t.getObject().getLiteralLanguage()).toList().stream().sorted().toList());
        assertTrue(vocabulary.contains(NodeFactory.createURI(TABLES + "file-type/CSV"), RDF.type.asNode(),
                DCTerms.MediaTypeOrExtent.asNode()));
        assertTrue(vocabulary.contains(NodeFactory.createURI(TABLES + "language/NLD"), RDF.type.asNode(),
                DCTerms.LinguisticSystem.asNode()));
        assertTrue(vocabulary.contains(NodeFactory.createURI(TABLES + "frequency/DAILY"), RDF.type.asNode(),
                DCTerms.Frequency.asNode()));
        assertTrue(vocabulary.contains(NodeFactory.createURI(TABLES + "access-right/PUBLIC"), RDF.type.asNode(),
                DCTerms.RightsStatement.asNode()));
    }

    @Test
    void only_dutch_and_english_labels_are_kept() {
        List<String> languages = G.find(vocabulary, null, SKOS.prefLabel.asNode(), null)
                .filterKeep(t -> t.getSubject().isURI() && t.getSubject().getURI().startsWith(TABLES))
                .mapWith(t -> t.getObject().getLiteralLanguage()).toSet().stream().sorted().toList();
        assertEquals(List.of("en", "nl"), languages);
    }
}
