// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which SERVICE IRIs the allow-list admits. */
class ServiceAllowListTest {
    private final ServiceAllowList list = ServiceAllowList.of(List.of("Query.Wikidata.org", "127.0.0.1:8890"));

    @Test
    void a_host_entry_admits_any_port_and_a_host_port_entry_only_that_port() {
        assertTrue(list.admits("https://query.wikidata.org/sparql"));
        assertTrue(list.admits("http://QUERY.wikidata.org:8080/sparql"));
        assertTrue(list.admits("http://127.0.0.1:8890/sparql"));
        assertFalse(list.admits("http://127.0.0.1:8891/sparql"));
        assertFalse(list.admits("http://127.0.0.1/sparql"));
    }

    @Test
    void look_alike_hosts_other_schemes_and_user_info_tricks_are_refused() {
        assertFalse(list.admits("https://query.wikidata.org.evil.example/sparql"));
        assertFalse(list.admits("https://evil.example/query.wikidata.org"));
        assertFalse(list.admits("https://query.wikidata.org@169.254.169.254/latest"));
        assertFalse(list.admits("file:///etc/passwd"));
        assertFalse(list.admits("ftp://query.wikidata.org/x"));
        assertFalse(list.admits("not an iri"));
    }

    @Test
    void the_empty_list_admits_nothing() {
        assertFalse(ServiceAllowList.none().isEnabled());
        assertFalse(ServiceAllowList.none().admits("http://127.0.0.1:8890/sparql"));
        assertEquals("[query.wikidata.org, 127.0.0.1:8890]", list.toString());
    }

    @Test
    void entries_with_a_scheme_or_a_path_are_refused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ServiceAllowList.of(List.of("https://query.wikidata.org/sparql")));
        assertEquals("'https://query.wikidata.org/sparql' is not a host name or host:port (no scheme or path),"
                + " e.g. query.wikidata.org", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ServiceAllowList.of(List.of("host:70000")));
    }
}
