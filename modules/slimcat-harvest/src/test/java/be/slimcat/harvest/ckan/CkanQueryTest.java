// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.ckan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Building the page URLs of a CKAN listing. */
class CkanQueryTest {
    @Test
    void the_base_url_gets_the_action_path_with_or_without_a_trailing_slash() {
        assertEquals(URI.create("https://data.stad.be/api/3/action/package_search"),
                CkanQuery.actionUrl(URI.create("https://data.stad.be"), "package_search"));
        assertEquals(URI.create("https://stad.be/data/api/3/action/package_search"),
                CkanQuery.actionUrl(URI.create("https://stad.be/data/"), "package_search"));
        assertEquals(URI.create("https://stad.be/data/api/3/action/package_search"),
                CkanQuery.actionUrl(URI.create("https://stad.be/data"), "package_search"));
        URI legacy = URI.create("https://stad.be/api/action/package_search?q=parkeren");
        assertEquals(legacy, CkanQuery.actionUrl(legacy, "package_search"));
        assertEquals(Optional.of("package_search"), CkanQuery.actionOf(legacy));
        assertEquals(Optional.empty(), CkanQuery.actionOf(URI.create("https://stad.be/data/")));
    }

    @Test
    void pages_carry_sort_filter_size_and_offset_encoded() {
        CkanQuery query = CkanQuery.packageSearch(URI.create("https://data.stad.be/"), 50,
                Optional.of(Instant.parse("2025-03-01T04:05:06.789Z")));
        assertEquals("https://data.stad.be/api/3/action/package_search?sort=id%20asc"
                + "&fq=metadata_modified%3A%5B2025-03-01T04%3A05%3A06Z%20TO%20*%5D&rows=50&start=100",
                query.page(100).toString());
    }

    @Test
    void the_endpoints_own_sort_and_paging_give_way() {
        CkanQuery query = CkanQuery.packageSearch(
                URI.create("https://data.stad.be/api/3/action/package_search?sort=name%20asc&start=7&rows=9"), 10, Optional.empty());
        assertEquals("https://data.stad.be/api/3/action/package_search?sort=name%20asc&rows=10&start=0", query.page(0).toString());
    }
}
