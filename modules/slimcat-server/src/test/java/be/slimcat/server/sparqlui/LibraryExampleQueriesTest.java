// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.sparqlui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import be.slimcat.store.queries.QueryLibrary;
import be.slimcat.vocab.SlimcatIris;

class LibraryExampleQueriesTest {
    @Test
    void everyLibraryQueryIsAnExampleWithItsDefaultsFilledIn() {
        List<ExampleQuery> examples = new LibraryExampleQueries(QueryLibrary.bundled(), SlimcatIris.defaults()).all();
        assertEquals(QueryLibrary.bundled().names(), examples.stream().map(ExampleQuery::name).toList());
        ExampleQuery uia = examples.stream().filter(e -> e.name().equals("urban-innovative-actions")).findFirst().orElseThrow();
        assertEquals("Conditions of a funding instrument", uia.title());
        assertTrue(uia.query().contains("<https://data.slimcat.be/id/instrument/urban-innovative-actions>"), uia.query());
        assertTrue(!uia.query().contains("?instrument"), "the parameter is filled in: " + uia.query());
    }

    @Test
    void anotherBaseRebasesTheDefaults() {
        ExampleQuery uia = new LibraryExampleQueries(QueryLibrary.bundled(), SlimcatIris.withBase("https://data.example.org")).all()
                .stream().filter(e -> e.name().equals("urban-innovative-actions")).findFirst().orElseThrow();
        assertTrue(uia.query().contains("<https://data.example.org/id/instrument/urban-innovative-actions>"), uia.query());
    }
}
