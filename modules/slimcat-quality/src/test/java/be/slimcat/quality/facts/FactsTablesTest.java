// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

class FactsTablesTest {
    private static final FileTypes TYPES = FileTypes.bundled();
    private static final Licences LICENCES = Licences.bundled();

    private static Set<String> codesWhere(java.util.function.Predicate<FileType> test) {
        Set<String> codes = new TreeSet<>();
        FactsTable.read("file-types.tsv", 6).codes().forEach(c -> TYPES.ofCode(c).filter(test).ifPresent(t -> codes.add(c)));
        return codes;
    }

    @Test
    void mqa_lists_are_exactly_those_of_data_europa_eu() {
        assertEquals(new TreeSet<>(Set.of("CSV", "GEOJSON", "ICS", "JSON", "JSON_LD", "KML", "KMZ", "NETCDF", "ODS", "RDFA",
                "RDF_N_QUADS", "RDF_N_TRIPLES", "RDF_TRIG", "RDF_TURTLE", "RDF_XML", "RSS", "SHP", "XLS", "XLSX", "XML")),
                codesWhere(FileType::mqaMachineReadable));
        assertEquals(new TreeSet<>(Set.of("BMP", "CSV", "DBF", "GEOJSON", "GZIP", "HTML", "ICS", "JPEG2000", "JSON", "JSON_LD",
                "KML", "KMZ", "NETCDF", "ODS", "PNG", "RDF_N_QUADS", "RDF_N_TRIPLES", "RDF_TRIG", "RDF_TURTLE", "RDF_XML", "RSS",
                "RTF", "TAR", "TIFF", "TSV", "TXT", "WMS_SRVC", "XML", "ZIP")), codesWhere(FileType::mqaNonProprietary));
    }

    @Test
    void rdf_file_types_are_structured_and_open() {
        assertEquals(new TreeSet<>(Set.of("HDT", "JSON_LD", "N3", "OWL", "RDF", "RDFA", "RDF_N_QUADS", "RDF_N_TRIPLES",
                "RDF_THRIFT", "RDF_TRIG", "RDF_TRIX", "RDF_TURTLE", "RDF_XML", "SKOS_XML")), codesWhere(FileType::rdf));
        assertEquals(Set.of(), codesWhere(t -> t.rdf() && !(t.structured() && t.open())));
        assertEquals(Set.of(), codesWhere(t -> t.open() && !t.structured()));
    }

    @Test
    void star_facts_of_common_formats() {
        assertEquals(Optional.of(new FileType("CSV", true, true, false, true, true)), TYPES.ofCode("CSV"));
        assertEquals(Optional.of(new FileType("XLSX", true, false, false, true, false)), TYPES.ofCode("XLSX"));
        assertEquals(Optional.of(new FileType("TSV", true, true, false, false, true)), TYPES.ofCode("TSV"));
        assertEquals(Optional.of(new FileType("PDF", false, false, false, false, false)), TYPES.ofCode("PDF"));
        assertEquals(Optional.of(new FileType("HTML", false, false, false, false, true)), TYPES.ofCode("HTML"));
        assertEquals(Optional.empty(), TYPES.ofCode("SPSS"));
    }

    @Test
    void formats_and_media_types_are_read_from_iris_and_text() {
        assertEquals("CSV", code(TYPES.ofFormat(uri("http://publications.europa.eu/resource/authority/file-type/CSV"))));
        assertEquals("CSV", code(TYPES.ofFormat(uri("https://publications.europa.eu/resource/authority/file-type/CSV"))));
        assertEquals("", code(TYPES.ofFormat(uri("http://publications.europa.eu/resource/authority/file-type/SPSS"))));
        assertEquals("JSON_LD", code(TYPES.ofFormat(NodeFactory.createLiteralString("json-ld"))));
        assertEquals("CSV", code(TYPES.ofFormat(NodeFactory.createLiteralString(".CSV"))));
        assertEquals("GEOJSON", code(TYPES.ofFormat(NodeFactory.createLiteralString("application/geo+json"))));
        assertEquals("RDF_TURTLE", code(TYPES.ofMediaType(uri("https://www.iana.org/assignments/media-types/text/turtle"))));
        assertEquals("RDF_TURTLE", code(TYPES.ofMediaType(uri("http://www.iana.org/assignments/media-types/text/turtle"))));
        assertEquals("CSV", code(TYPES.ofMediaType(NodeFactory.createLiteralString("Text/CSV; charset=UTF-8"))));
        assertEquals("", code(TYPES.ofMediaType(NodeFactory.createLiteralString("CSV"))));
    }

    @Test
    void controlled_vocabulary_checks() {
        assertTrue(TYPES.isFileTypeIri(uri("http://publications.europa.eu/resource/authority/file-type/CSV")));
        assertFalse(TYPES.isFileTypeIri(uri("http://publications.europa.eu/resource/authority/file-type/SPSS")));
        assertFalse(TYPES.isFileTypeIri(NodeFactory.createLiteralString("CSV")));
        assertTrue(FileTypes.isIanaIri(uri("https://www.iana.org/assignments/media-types/text/csv")));
        assertTrue(FileTypes.isIanaIri(uri("http://www.iana.org/assignments/media-types/application/vnd.geo+json")));
        assertFalse(FileTypes.isIanaIri(uri("https://www.iana.org/assignments/media-types/application/x-foo")));
        assertFalse(FileTypes.isIanaIri(uri("https://www.iana.org/assignments/media-types/csv")));
        assertFalse(FileTypes.isIanaIri(NodeFactory.createLiteralString("text/csv")));
        assertTrue(AccessRights.bundled().isAccessRightIri(uri("http://publications.europa.eu/resource/authority/access-right/PUBLIC")));
        assertFalse(AccessRights.bundled().isAccessRightIri(uri("http://publications.europa.eu/resource/authority/access-right/OPEN")));
        assertFalse(AccessRights.bundled().isAccessRightIri(NodeFactory.createLiteralString("PUBLIC")));
    }

    @Test
    void licences_open_and_known() {
        assertEquals(Optional.of(new Licence("http://publications.europa.eu/resource/authority/licence/CC_BY_4_0", "CC BY 4.0",
                true, true)), LICENCES.of(uri("http://publications.europa.eu/resource/authority/licence/CC_BY_4_0")));
        assertEquals(false, LICENCES.of(uri("http://publications.europa.eu/resource/authority/licence/CC_BYNC_4_0"))
                .orElseThrow().open());
        Licence flemish = LICENCES.of(uri("http://data.vlaanderen.be/id/licentie/modellicentie-gratis-hergebruik/v1.0/"))
                .orElseThrow();
        assertEquals("Modellicentie gratis hergebruik 1.0", flemish.label());
        assertTrue(flemish.open());
        assertFalse(flemish.mqaKnown());
        assertEquals("CC BY-SA 4.0", LICENCES.of(uri("http://www.creativecommons.org/licenses/by-sa/4.0/deed.nl"))
                .orElseThrow().label());
        assertEquals(Optional.empty(), LICENCES.of(uri("https://creativecommons.org/licenses/by/4.0/nl/")));
        assertEquals(Optional.empty(), LICENCES.of(NodeFactory.createLiteralString("CC-BY-4.0")));
        assertTrue(LICENCES.isEuLicenceIri(uri("http://publications.europa.eu/resource/authority/licence/ODC_BL")));
        assertFalse(LICENCES.isEuLicenceIri(uri("http://publications.europa.eu/resource/authority/licence/CC_BY")));
        assertFalse(LICENCES.isEuLicenceIri(uri("https://data.vlaanderen.be/id/licentie/modellicentie-gratis-hergebruik/v1.0")));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static String code(Optional<FileType> type) {
        return type.map(FileType::code).orElse("");
    }
}
