// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.opendatasoft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.slimcat.harvest.Fixtures;
import be.slimcat.harvest.HarvestRun;
import be.slimcat.harvest.HarvestSource;
import be.slimcat.harvest.HarvestStatus;
import be.slimcat.harvest.Harvester;
import be.slimcat.harvest.LocalServer;
import be.slimcat.harvest.dcat.DcatFeedClient;
import be.slimcat.harvest.dcat.DcatPageMapper;
import be.slimcat.harvest.http.FetchPolicy;
import be.slimcat.vocab.SlimcatIris;

/** An OpenDataSoft portal's DCAT export is plain DCAT RDF: the existing dcat dialect reads it. */
class OdsDcatExportTest {
    private static final String EXPORT = "/api/explore/v2.1/catalog/exports/dcat";
    @TempDir Path staging;
    private LocalServer server;
    private Harvester harvester;

    @BeforeEach
    void start() throws IOException {
        server = new LocalServer();
        SlimcatIris iris = SlimcatIris.defaults();
        FetchPolicy policy = FetchPolicy.defaults().withRetries(1, Duration.ofMillis(10), Duration.ofSeconds(1));
        harvester = new Harvester(iris, policy, staging, List.of(new DcatFeedClient(new DcatPageMapper(iris))));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void the_dcat_dialect_reads_an_ods_dcat_export() {
        server.respond(EXPORT, 200, "application/rdf+xml; charset=utf-8", Fixtures.text("opendatasoft/dcat-export.rdf"));
        HarvestSource source = HarvestSource.adHoc("kortrijk-dcat", server.uri(EXPORT), "dcat", Set.of("127.0.0.1"));
        try (HarvestRun run = harvester.run(source, Map.of(), false)) {
            assertEquals(HarvestStatus.SUCCEEDED, run.status(), run.message());
            assertEquals(Set.of("wachttijden-containerpark",
                    "https://data.kortrijk.example/api/v2/catalog/datasets/premies_renovatie_v2"), Fixtures.recordIds(run));
            assertEquals("https://data.kortrijk.example/api/v2/catalog/datasets/wachttijden-containerpark",
                    Fixtures.subjects(run).get("wachttijden-containerpark"), "the dcat dialect keeps the export's IRIs");
            assertEquals(List.of(), run.staged().problems());

            Graph g = GraphFactory.createDefaultGraph();
            var it = run.sourceGraph();
            try {
                it.forEachRemaining(g::add);
            } finally {
                it.close();
            }
            Node containerpark = NodeFactory.createURI("https://data.kortrijk.example/api/v2/catalog/datasets/wachttijden-containerpark");
            assertEquals("Wachttijden containerpark", G.getOneSP(g, containerpark, DCTerms.title.asNode()).getLiteralLexicalForm());
            assertEquals(2, G.find(g, containerpark, DCAT.distribution.asNode(), null).toList().size());
            assertTrue(g.contains(NodeFactory.createURI("https://data.kortrijk.example/api/v2/catalog/datasets/wachttijden-containerpark-csv"),
                    DCAT.accessURL.asNode(),
                    NodeFactory.createURI("https://data.kortrijk.example/api/v2/catalog/datasets/wachttijden-containerpark/exports/csv")));
            assertTrue(G.getOneSP(g, containerpark, DCTerms.description.asNode()).getLiteralLexicalForm().startsWith("<p>Geschatte"),
                    "the dcat dialect keeps the escaped HTML as it is; the normaliser deals with it");
            assertFalse(g.contains(NodeFactory.createURI("https://data.kortrijk.example/api/v2/catalog/datasets/wachttijden-containerpark-record"),
                    null, null), "the catalogue record is not harvested as a dataset");
            assertFalse(g.contains(NodeFactory.createURI("https://data.kortrijk.example/api/explore/v2.1/catalog/exports/dcat"),
                    null, null), "nor is the catalogue");
        }
    }
}
