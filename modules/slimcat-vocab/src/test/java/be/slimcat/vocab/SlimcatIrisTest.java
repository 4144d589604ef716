// SPDX-License-Identifier: Apache-2.0
package be.slimcat.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlimcatIrisTest {
    @Test
    void mints_things_and_graphs_on_the_flemish_uri_pattern() {
        SlimcatIris iris = SlimcatIris.withBase("https://data.example.org/");
        assertEquals("https://data.example.org/id/gemeente/44021", iris.thing("gemeente", "44021").getURI());
        assertEquals("https://data.example.org/graph/inventory", iris.inventoryGraph().getURI());
        assertEquals("https://data.example.org/graph/source/gent", iris.sourceGraph("gent").getURI());
    }

    @Test
    void rebases_id_doc_and_graph_iris_but_not_the_vocabulary() {
        SlimcatIris iris = SlimcatIris.withBase("http://localhost:3030");
        assertEquals("http://localhost:3030/id/project/scifi", iris.rebase("https://data.slimcat.be/id/project/scifi"));
        assertEquals("http://localhost:3030/graph/examples", iris.rebase("https://data.slimcat.be/graph/examples"));
        assertEquals("https://data.slimcat.be/ns/slimcat#Project", iris.rebase("https://data.slimcat.be/ns/slimcat#Project"));
        assertEquals("http://www.w3.org/ns/dcat#Dataset", iris.rebase("http://www.w3.org/ns/dcat#Dataset"));
    }

    @Test
    void default_base_rewrites_nothing() {
        SlimcatIris iris = SlimcatIris.defaults();
        assertTrue(iris.isDefault());
        assertEquals("https://data.slimcat.be/id/project/scifi", iris.rebase("https://data.slimcat.be/id/project/scifi"));
    }

    @Test
    void refuses_bases_that_are_not_absolute_http_iris() {
        assertThrows(SlimcatIris.InvalidBaseIriException.class, () -> SlimcatIris.withBase("data.slimcat.be"));
        assertThrows(SlimcatIris.InvalidBaseIriException.class, () -> SlimcatIris.withBase("ftp://x.org"));
        assertThrows(SlimcatIris.InvalidBaseIriException.class, () -> SlimcatIris.withBase("https://x.org/a?b=c"));
    }

    @Test
    void refuses_keys_that_would_break_the_iri() {
        assertThrows(IllegalArgumentException.class, () -> SlimcatIris.defaults().thing("project", "a b"));
        assertThrows(IllegalArgumentException.class, () -> SlimcatIris.defaults().thing("project", "../x"));
    }
}
