// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.sparqlui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The examples read from data-samples/queries: names, titles from the leading comment, text as is. */
class BundledExampleQueriesTest {
    @Test
    void theTitleIsTheLeadingCommentJoinedIntoOneLine() {
        assertEquals("Which datasets? And who publishes them?", BundledExampleQueries.title(
                "# Which datasets?\n#   And who publishes them?\nPREFIX dct: <http://purl.org/dc/terms/>\n# not this\n", "x"));
    }

    @Test
    void theLicenceLineAndEmptyCommentLinesAreNotPartOfTheTitle() {
        assertEquals("Counts projects.", BundledExampleQueries.title(
                "# SPDX-License-Identifier: Apache-2.0\n#\n# Counts projects.\r\nSELECT * {}", "x"));
    }

    @Test
    void aQueryWithoutLeadingCommentIsTitledByItsName() {
        assertEquals("count-projects", BundledExampleQueries.title("SELECT * {}\n# late comment", "count-projects"));
    }

    @Test
    void theBundledQueriesAreOfferedByFileName() {
        List<ExampleQuery> examples = new BundledExampleQueries().all();
        ExampleQuery uia = examples.stream().filter(e -> e.name().equals("urban-innovative-actions")).findFirst()
                .orElseThrow();
        assertEquals("Seeds digest §5.4 q22: what is the maximum amount, co-financing rate and duration of Urban "
                + "Innovative Actions, and who manages it?", uia.title());
        assertEquals(true, uia.query().startsWith("# Seeds digest §5.4 q22: what is the maximum amount"));
        assertEquals(true, uia.query().contains("sc:maxDurationMonths ?maxDurationMonths ;\n"));
        assertEquals(examples.stream().map(ExampleQuery::name).sorted().toList(),
                examples.stream().map(ExampleQuery::name).toList(), "sorted by file name");
    }
}
