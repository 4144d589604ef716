// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import be.slimcat.vocab.SlimcatIris;
import be.slimcat.vocab.Vocabulary;

/**
 * Every code the normaliser can write is a concept of the EU authority table SlimCat ships as
 * background for validation ({@code ontologies/authority/}), so normalised records never get a
 * code-list finding for a value the normaliser chose.
 */
class TablesMatchVocabularyTest {
    private static Graph vocabulary;

    @BeforeAll
    static void load() {
        vocabulary = Vocabulary.load(SlimcatIris.defaults());
    }

    @ParameterizedTest
    @CsvSource({ "file-types.tsv, file-type", "licences.tsv, licence", "languages.tsv, language",
            "frequencies.tsv, frequency", "data-themes.tsv, data-theme", "access-rights.tsv, access-right" })
    void every_code_is_in_the_bundled_table(String file, String table) {
        TableFile tsv = TableFile.read(file);
        Set<String> codes = new TreeSet<>(tsv.codes());
        tsv.rows().stream().map(row -> row.get(1)).filter(target -> !target.contains("://")).forEach(codes::add);
        assertFalse(codes.isEmpty(), file);
        List<String> missing = codes.stream().filter(code -> !vocabulary.contains(
                NodeFactory.createURI(AuthorityTables.EU + table + "/" + code), SKOS.inScheme.asNode(),
                NodeFactory.createURI(AuthorityTables.EU + table))).toList();
        assertEquals(List.of(), missing, file);
    }
}
