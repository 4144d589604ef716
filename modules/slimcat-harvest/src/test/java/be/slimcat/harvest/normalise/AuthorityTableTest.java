// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The bundled tables load, are consistent, and the loader refuses inconsistent ones. */
class AuthorityTableTest {
    private static final String FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";

    @Test
    void bundledTablesLoadWithTheirCodes() {
        AuthorityTables tables = AuthorityTables.bundled();
        assertTrue(tables.fileTypes.isCode("GEOJSON"));
        assertTrue(tables.licences.isCode("ODC_BL"));
        assertFalse(tables.licences.isCode("CC_BY"), "deprecated codes are not valid codes");
        assertTrue(tables.frequencies.isCode("HOURLY"));
        assertTrue(tables.languages.isCode("NLD"));
        assertTrue(tables.themes.isCode("TRAN"));
        assertTrue(tables.accessRights.isCode("RESTRICTED"));
        assertEquals(23, tables.belgianThemes.size());
        assertEquals("nl", tables.languageTags.get("NLD"));
    }

    @Test
    void variantsCompareWithoutCaseSeparatorsOrLeadingDot() {
        AuthorityTable fileTypes = AuthorityTables.bundled().fileTypes;
        for (String raw : new String[] {"json-ld", "JSON_LD", "Json Ld", " .jsonld "}) {
            assertEquals(Optional.of(FILE_TYPE + "JSON_LD"), fileTypes.lookup(raw).map(e -> e.target().getURI()), raw);
        }
        assertEquals(Optional.empty(), fileTypes.lookup("excel"));
    }

    @Test
    void codesAreReadFromIrisOfTheTableOnly() {
        AuthorityTable fileTypes = AuthorityTables.bundled().fileTypes;
        assertEquals(Optional.of("CSV"), fileTypes.codeIn(FILE_TYPE + "CSV"));
        assertEquals(Optional.of("csv"), fileTypes.codeIn("https://publications.europa.eu/resource/authority/file-type/csv/"));
        assertEquals(Optional.empty(), fileTypes.codeIn("http://publications.europa.eu/resource/authority/licence/CSV"));
    }

    @Test
    void aVariantNamingTwoTargetsIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> AuthorityTable.load("conflicting-test.tsv", "test table", FILE_TYPE));
        assertEquals("conflicting-test.tsv: \".csv\" maps to both " + FILE_TYPE + "CSV and " + FILE_TYPE + "TSV", e.getMessage());
    }

    @Test
    void aTargetThatIsNotACodeIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> AuthorityTable.load("unknown-code-test.tsv", "test table", FILE_TYPE));
        assertEquals("unknown-code-test.tsv: CSVX is not a code of the test table", e.getMessage());
    }
}
