// SPDX-License-Identifier: Apache-2.0
package be.slimcat.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RdfReaderTest {
    @TempDir Path dir;

    @Test
    void syntax_error_names_file_line_and_column() throws IOException {
        Path file = dir.resolve("broken.ttl");
        Files.writeString(file, "@prefix dct: <http://purl.org/dc/terms/> .\n<urn:x> dct:title \"ok\" .\n<urn:y> dct:title \"x\" <urn:z> .\n<urn:w> dct:title \"w\" .\n");
        RdfSyntaxException e = assertThrows(RdfSyntaxException.class, () -> new RdfReader(SlimcatIris.defaults()).read(file, null));
        assertEquals(file.toString(), e.document());
        assertEquals(3, e.line());
        assertTrue(e.column() > 0);
        assertTrue(e.getMessage().startsWith(file + ":3:"), e.getMessage());
    }

    @Test
    void ill_formed_literal_is_a_warning_with_its_line() throws IOException {
        Path file = dir.resolve("date.ttl");
        Files.writeString(file, "@prefix dct: <http://purl.org/dc/terms/> .\n@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
                + "<http://example.org/x> dct:modified \"22/11/2026\"^^xsd:date .\n");
        ParsedRdf parsed = new RdfReader(SlimcatIris.defaults()).read(file, null);
        assertEquals(1, parsed.graph().size());
        assertFalse(parsed.warnings().isEmpty());
        parsed.warnings().forEach(w -> assertEquals(3, w.line(), w.toString()));
        assertTrue(parsed.warnings().get(0).toString().contains("22/11/2026"), parsed.warnings().get(0).toString());
    }

    /** Jena 5.6's RDF/XML parser fails with an IllegalFormatConversionException on this tag: still a syntax error of the file. */
    @Test
    void a_parser_failure_on_a_bad_language_tag_is_a_syntax_error_of_the_file() throws IOException {
        Path file = dir.resolve("tag.rdf");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
                + " xmlns:dct=\"http://purl.org/dc/terms/\">\n<rdf:Description rdf:about=\"urn:x\">"
                + "<dct:title xml:lang=\"nl_BE\">Titel</dct:title></rdf:Description>\n</rdf:RDF>\n");
        RdfSyntaxException e = assertThrows(RdfSyntaxException.class, () -> new RdfReader(SlimcatIris.defaults()).read(file, null));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    }

    @Test
    void reading_rebases_slimcat_iris() {
        byte[] ttl = "<https://data.slimcat.be/id/project/scifi> <http://purl.org/dc/terms/title> \"SCIFI\" .".getBytes();
        ParsedRdf parsed = new RdfReader(SlimcatIris.withBase("http://example.org")).read("mem", ttl, Lang.TURTLE, "http://base/");
        assertTrue(parsed.graph().contains(NodeFactory.createURI("http://example.org/id/project/scifi"), null, null));
        assertFalse(parsed.hasNamedGraphs());
    }

    @Test
    void missing_file_and_unknown_extension_are_reported() {
        RdfReader reader = new RdfReader(SlimcatIris.defaults());
        assertThrows(ResourceNotFoundException.class, () -> reader.read(dir.resolve("nope.ttl"), null));
        assertThrows(UnsupportedSyntaxException.class, () -> RdfReader.syntaxOf("data.xlsx"));
        assertEquals(Lang.RDFXML, RdfReader.syntaxNamed("rdfxml"));
    }

    @Test
    void bundled_vocabulary_loads() {
        assertTrue(Vocabulary.load(SlimcatIris.defaults()).size() > 0);
    }
}
