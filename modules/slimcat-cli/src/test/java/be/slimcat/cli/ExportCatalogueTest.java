// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.slimcat.store.CatalogueStore;
import be.slimcat.store.StoreUnderTest;
import be.slimcat.store.SampleData;
import be.slimcat.vocab.SlimcatIris;

/** {@code slimcat export --catalog} writes SlimCat's DCAT-AP 3 catalogue, all pages in one document. */
class ExportCatalogueTest {
    private static final Node CATALOGUE = NodeFactory.createURI("https://data.slimcat.be/id/catalogus/slimcat");
    @TempDir Path dir;

    @BeforeEach
    void samples() {
        try (CatalogueStore store = StoreUnderTest.open(dir.resolve("store"))) {
            new SampleData(SlimcatIris.defaults()).loadInto(store);
        }
    }

    @Test
    void writes_the_catalogue_of_the_samples_in_every_triples_format() {
        for (String[] format : List.of(new String[] {"ttl", "catalog.ttl"}, new String[] {"nt", "catalog.nt"},
                new String[] {"jsonld", "catalog.jsonld"}, new String[] {"rdfxml", "catalog.rdf"})) {
            Path out = dir.resolve(format[1]);
            Cli export = Cli.run("export", "--store", dir.resolve("store").toString(), "--catalog", "--format", format[0],
                    "-o", out.toString());
            assertEquals(0, export.exitCode, export.toString());
            assertEquals("Wrote " + out + "\n", export.err.replace("\r\n", "\n"));
            Graph g = RDFDataMgr.loadGraph(out.toString(), RDFLanguages.filenameToLang(format[1]));
            // the examples catalogue is the only sub-catalogue: no source has been harvested
            assertEquals(Set.of(NodeFactory.createURI("https://data.slimcat.be/id/catalogus/slimcat-voorbeelden")),
                    objects(g, CATALOGUE, DCAT.catalog.asNode()), format[0]);
            // 3 own records + 19 example datasets + 3 example data services, each listed once
            Set<Node> listed = new HashSet<>();
            int links = 0;
            for (Node p : List.of(DCAT.dataset.asNode(), DCAT.service.asNode())) {
                for (Triple t : g.find(Node.ANY, p, Node.ANY).toList()) {
                    listed.add(t.getObject());
                    links++;
                }
            }
            assertEquals(25, links, format[0]);
            assertEquals(25, listed.size(), format[0]);
            assertEquals(21, g.find(Node.ANY, RDF.type.asNode(), DCAT.Dataset.asNode()).toList().size(), format[0]);
        }
    }

    @Test
    void the_default_format_is_turtle() {
        Path out = dir.resolve("catalog-default");
        Cli export = Cli.run("export", "--store", dir.resolve("store").toString(), "--catalog", "-o", out.toString());
        assertEquals(0, export.exitCode, export.toString());
        Graph g = RDFDataMgr.loadGraph(out.toString(), org.apache.jena.riot.Lang.TURTLE);
        assertEquals(25, objects(g, NodeFactory.createURI("https://data.slimcat.be/id/catalogus/slimcat-voorbeelden"),
                DCAT.dataset.asNode()).size() + objects(g, NodeFactory.createURI("https://data.slimcat.be/id/catalogus/slimcat-voorbeelden"),
                DCAT.service.asNode()).size() + objects(g, CATALOGUE, DCAT.dataset.asNode()).size() + objects(g, CATALOGUE, DCAT.service.asNode()).size());
    }

    @Test
    void catalog_with_a_graph_or_a_quads_format_exits_2() {
        Cli both = Cli.run("export", "--store", dir.resolve("store").toString(), "--catalog", "--graph", "https://data.slimcat.be/graph/examples");
        assertEquals(2, both.exitCode, both.toString());
        assertTrue(both.err.contains("--catalog writes the catalogue of the whole store: leave out --graph"), both.err);
        Cli quads = Cli.run("export", "--store", dir.resolve("store").toString(), "--catalog", "--format", "nq");
        assertEquals(2, quads.exitCode, quads.toString());
        assertTrue(quads.err.contains("use --format ttl, nt, jsonld or rdfxml with --catalog"), quads.err);
    }

    private static Set<Node> objects(Graph g, Node s, Node p) {
        Set<Node> result = new HashSet<>();
        g.find(s, p, Node.ANY).mapWith(Triple::getObject).forEachRemaining(result::add);
        return result;
    }
}
