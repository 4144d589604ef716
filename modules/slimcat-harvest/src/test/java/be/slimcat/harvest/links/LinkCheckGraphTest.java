// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

import be.slimcat.vocab.SCQ;
import be.slimcat.vocab.SlimcatIris;

/** The link-check cache as RDF, and the cache's own rules. */
class LinkCheckGraphTest {
    private static final Instant T = Instant.parse("2026-11-22T02:00:00Z");
    private static final LinkCheckGraph GRAPH = new LinkCheckGraph(SlimcatIris.defaults());

    @Test
    void one_node_per_url_with_its_status_and_time() {
        Graph graph = GRAPH.write(LinkCheckCache.of(List.of(new LinkCheck("https://example.org/a.csv", 404, T))));
        // printf '%s' 'https://example.org/a.csv' | sha256sum | cut -c1-24
        Node node = NodeFactory.createURI("https://data.slimcat.be/id/linkcontrole/ea8b42c77522f8ed8d9c4d3a");
        assertEquals(node, GRAPH.node("https://example.org/a.csv"));
        assertEquals(4, graph.size());
        assertTrue(graph.contains(node, RDF.type.asNode(), SCQ.LinkCheck.asNode()));
        assertTrue(graph.contains(node, SCQ.checkedUrl.asNode(),
                NodeFactory.createLiteralDT("https://example.org/a.csv", XSDDatatype.XSDanyURI)));
        assertTrue(graph.contains(node, SCQ.httpStatus.asNode(), NodeFactory.createLiteralDT("404", XSDDatatype.XSDinteger)));
        assertTrue(graph.contains(node, SCQ.checkedAt.asNode(),
                NodeFactory.createLiteralDT("2026-11-22T02:00:00Z", XSDDatatype.XSDdateTime)));
        assertEquals(NodeFactory.createURI("https://data.slimcat.be/graph/link-checks"), GRAPH.graphName());
        assertEquals(NodeFactory.createURI("https://data.example.org/graph/link-checks"),
                new LinkCheckGraph(SlimcatIris.withBase("https://data.example.org")).graphName());
    }

    @Test
    void the_cache_survives_a_round_trip() {
        LinkCheckCache cache = LinkCheckCache.of(List.of(
                new LinkCheck("https://example.org/a.csv", 200, T),
                new LinkCheck("https://example.org/b.csv", 404, T.minus(Duration.ofDays(3))),
                new LinkCheck("http://example.org/c d.csv", 0, Instant.parse("2026-11-20T13:45:12.250Z"))));
        assertEquals(cache, LinkCheckGraph.read(GRAPH.write(cache)));
    }

    @Test
    void a_broken_node_is_left_out_and_an_offset_time_is_read_in_utc() {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader("""
                @prefix scq: <https://data.slimcat.be/ns/quality#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <https://example.org/check/ok> scq:checkedUrl "https://example.org/a.csv"^^xsd:anyURI ; scq:httpStatus 301 ;
                    scq:checkedAt "2026-11-22T03:00:00+01:00"^^xsd:dateTime .
                <https://example.org/check/no-status> scq:checkedUrl "https://example.org/b.csv" ; scq:checkedAt "2026-11-22T02:00:00Z"^^xsd:dateTime .
                <https://example.org/check/bad-status> scq:checkedUrl "https://example.org/c.csv" ; scq:httpStatus "moved" ;
                    scq:checkedAt "2026-11-22T02:00:00Z"^^xsd:dateTime .
                <https://example.org/check/no-zone> scq:checkedUrl "https://example.org/d.csv" ; scq:httpStatus 200 ;
                    scq:checkedAt "2026-11-22T02:00:00"^^xsd:dateTime .
                <https://example.org/check/two> scq:checkedUrl "https://example.org/e.csv" ; scq:httpStatus 200, 404 ;
                    scq:checkedAt "2026-11-22T02:00:00Z"^^xsd:dateTime .
                """)).lang(Lang.TURTLE).parse(graph);
        assertEquals(Map.of("https://example.org/a.csv", new LinkCheck("https://example.org/a.csv", 301, T)),
                LinkCheckGraph.read(graph).checks());
    }

    @Test
    void the_cache_keeps_the_later_check_of_a_url_and_reuses_only_young_ones() {
        LinkCheck older = new LinkCheck("https://example.org/a.csv", 500, T.minus(Duration.ofDays(2)));
        LinkCheck newer = new LinkCheck("https://example.org/a.csv", 200, T.minus(Duration.ofDays(1)));
        LinkCheckCache cache = LinkCheckCache.of(List.of(newer, older));
        assertEquals(Map.of("https://example.org/a.csv", newer), cache.checks());
        assertEquals(java.util.Optional.of(newer), cache.fresh("https://example.org/a.csv", T, Duration.ofHours(25)));
        assertEquals(java.util.Optional.empty(), cache.fresh("https://example.org/a.csv", T, Duration.ofHours(24)));
        assertEquals(java.util.Optional.empty(), cache.fresh("https://example.org/other.csv", T, Duration.ofDays(7)));
        assertThrows(IllegalArgumentException.class, () -> new LinkCheck("https://example.org/a.csv", 42, T));
    }
}
