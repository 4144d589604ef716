// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.slimcat.store.CatalogueStore;
import be.slimcat.store.StoreUnderTest;
import be.slimcat.validation.CatalogueValidator;
import be.slimcat.validation.Severity;
import be.slimcat.validation.ValidationOutcome;
import be.slimcat.vocab.SlimcatIris;

/** SlimCat's catalogue passes SlimCat's own shapes (all layers, DCAT-AP 3 mandatory included) without a violation. */
class CatalogueFeedShapesTest {
    @TempDir static Path dir;
    static CatalogueStore store;
    static CatalogueValidator validator;

    @BeforeAll
    static void load() {
        store = StoreUnderTest.open(dir);
        HarvestedFixtures.loadInto(store, SlimcatIris.defaults());
        validator = CatalogueValidator.bundled(SlimcatIris.defaults());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theWholeCatalogueHasNoViolation() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CatalogueFeed(SlimcatIris.defaults()).write(store, RDFFormat.TURTLE_BLOCKS, out);
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.TURTLE).parse(g);
        assertNoViolation(validator.validate(g));
    }

    @Test
    void everyPageHasNoViolation() {
        CatalogueFeed feed = new CatalogueFeed(SlimcatIris.defaults());
        for (long offset = 0; offset < 31; offset += 10) {
            assertNoViolation(validator.validate(feed.page(store, offset, 10).graph()));
        }
    }

    private static void assertNoViolation(ValidationOutcome outcome) {
        String violations = outcome.findings().stream().filter(f -> f.severity() == Severity.VIOLATION)
                .map(f -> f.focusNode() + " " + f.path() + ": " + f.message("en")).collect(Collectors.joining("\n"));
        assertEquals("", violations);
    }
}
