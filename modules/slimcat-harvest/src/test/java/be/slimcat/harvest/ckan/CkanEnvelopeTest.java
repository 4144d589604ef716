// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.ckan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import be.slimcat.harvest.Fixtures;

/** Reading the envelope of Action API answers, CKAN's and DKAN's. */
class CkanEnvelopeTest {
    @Test
    void reads_ckan_results_with_their_count() throws Exception {
        CkanEnvelope.Page page = CkanEnvelope.read(Fixtures.text("ckan/search-page1.json"));
        assertEquals(OptionalLong.of(5), page.count());
        assertEquals(2, page.packages().size());
    }

    @Test
    void reads_dkan_arrays_also_when_nested() throws Exception {
        CkanEnvelope.Page list = CkanEnvelope.read(Fixtures.text("ckan/dkan-list-page1.json"));
        assertEquals(OptionalLong.empty(), list.count());
        assertEquals(2, list.packages().size());
        CkanEnvelope.Page nested = CkanEnvelope.read(Fixtures.text("ckan/dkan-package-show-nested.json"));
        assertEquals(1, nested.packages().size());
        assertEquals("markten", nested.packages().get(0).getAsJsonObject().get("name").getAsString());
    }

    @Test
    void refuses_what_is_not_a_page() {
        assertTrue(assertThrows(CkanEnvelope.UnreadablePageException.class,
                () -> CkanEnvelope.read(Fixtures.text("ckan/search-truncated.json"))).getMessage().startsWith("not JSON"));
        assertTrue(assertThrows(CkanEnvelope.UnreadablePageException.class,
                () -> CkanEnvelope.read(Fixtures.text("ckan/search-failure.json"))).getMessage()
                .startsWith("the portal answered \"success\": false"));
        assertEquals("the result has no results list", assertThrows(CkanEnvelope.UnreadablePageException.class,
                () -> CkanEnvelope.read("{\"success\": true, \"result\": {\"count\": 3}}")).getMessage());
        assertEquals("not an Action API answer (a JSON object with success and result)",
                assertThrows(CkanEnvelope.UnreadablePageException.class, () -> CkanEnvelope.read("[1, 2]")).getMessage());
    }
}
