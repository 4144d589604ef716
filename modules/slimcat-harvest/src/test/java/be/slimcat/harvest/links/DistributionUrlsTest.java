// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** Which URLs a link check asks for. */
class DistributionUrlsTest {
    @Test
    void the_web_access_and_download_urls_of_dataset_distributions_once_each() {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader("""
                @prefix dcat: <http://www.w3.org/ns/dcat#> .
                <https://example.org/dataset/a> a dcat:Dataset ;
                    dcat:distribution <https://example.org/distribution/a1>, _:a2, "not a node" .
                <https://example.org/distribution/a1> dcat:accessURL <https://example.org/a/portal> ;
                    dcat:downloadURL "  https://example.org/a/data.csv\\n" , <ftp://example.org/a/data.csv> .
                _:a2 dcat:accessURL <https://example.org/a/portal> , "mailto:data@example.org" ;
                    dcat:downloadURL <http://example.org/a/data.json> .
                <https://example.org/service/s> a dcat:DataService ; dcat:endpointURL <https://example.org/s/api> .
                <https://example.org/distribution/orphan> dcat:accessURL <https://example.org/orphan.csv> .
                """)).lang(Lang.TURTLE).parse(graph);
        assertEquals(List.of("http://example.org/a/data.json", "https://example.org/a/data.csv", "https://example.org/a/portal"),
                List.copyOf(DistributionUrls.of(graph)));
    }
}
