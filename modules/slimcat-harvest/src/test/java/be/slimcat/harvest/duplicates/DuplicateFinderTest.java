// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

import be.slimcat.vocab.SlimcatIris;

class DuplicateFinderTest {
    private final DuplicateFinder finder = new DuplicateFinder(SlimcatIris.defaults());

    private static DatasetKeys keys(String dataset, String source, int rank, String id, String landing, String title,
            String publisher, String issued) {
        return new DatasetKeys(dataset, source, rank, id, landing, title, publisher, issued);
    }

    @Test
    void links_copies_across_sources_and_prefers_the_city_portal() {
        List<DuplicateFinder.DuplicateGroup> groups = finder.find(List.of(
                keys("https://eu.example/ds/1", "europa", 4, "x", "https://www.gent.be/parkings/", "Parkings", "Stad Gent", "2020-01-01"),
                keys("https://vl.example/ds/9", "vlaanderen", 2, "y", null, "Parkings ", "stad gent", null),
                keys("https://gent.example/ds/p", "gent", 1, "parkings", "http://gent.be/parkings", "Parkings", "Stad Gent", "2021-01-01"),
                keys("https://gent.example/ds/q", "gent", 1, "bomen", null, "Bomen", "Stad Gent", null)));
        assertEquals(1, groups.size());
        DuplicateFinder.DuplicateGroup group = groups.get(0);
        assertEquals("https://gent.example/ds/p", group.canonical().dataset());
        assertEquals(List.of("https://vl.example/ds/9", "https://eu.example/ds/1"),
                group.copies().stream().map(DatasetKeys::dataset).toList());
        assertEquals(Set.of("landing page", "title and publisher"), group.matchedOn());
    }

    @Test
    void short_identifiers_and_copies_within_one_source_do_not_match() {
        assertEquals(List.of(), finder.find(List.of(
                keys("https://a.example/1", "a", 1, "parkings", null, "A", null, null),
                keys("https://b.example/1", "b", 1, "parkings", null, "B", null, null),
                keys("https://a.example/2", "a", 1, "0f8fad5b-d9cb-469f-a165-70867728950e", null, "C", null, null),
                keys("https://a.example/3", "a", 1, "0f8fad5b-d9cb-469f-a165-70867728950e", null, "D", null, null))));
        List<DuplicateFinder.DuplicateGroup> uuid = finder.find(List.of(
                keys("https://a.example/2", "a", 2, "0f8fad5b-d9cb-469f-a165-70867728950e", null, "C", null, "2019"),
                keys("https://b.example/2", "b", 2, "0F8FAD5B-D9CB-469F-A165-70867728950E", null, "C'", null, "2018")));
        assertEquals("https://b.example/2", uuid.get(0).canonical().dataset(), "same rank: the earliest issued wins");
        assertEquals(Set.of("identifier"), uuid.get(0).matchedOn());
    }

    @Test
    void the_links_are_rdf() {
        Graph g = finder.toGraph(finder.find(List.of(
                keys("https://a.example/1", "a", 1, null, "https://x.example/p", "A", null, null),
                keys("https://b.example/1", "b", 3, null, "https://x.example/p/", "B", null, null))));
        assertTrue(g.contains(NodeFactory.createURI("https://b.example/1"),
                NodeFactory.createURI("https://data.slimcat.be/ns/slimcat#duplicateOf"), NodeFactory.createURI("https://a.example/1")));
        assertEquals(5, g.size());
    }

    @Test
    void reads_the_keys_and_ranks_from_the_store() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        String sources = "@prefix dct: <http://purl.org/dc/terms/> . @prefix sc: <https://data.slimcat.be/ns/slimcat#> .\n"
                + "<https://data.slimcat.be/id/bron/gent> a sc:HarvestSource ; dct:identifier \"gent\" ; dct:publisher <https://data.slimcat.be/id/gemeente/44021> .\n"
                + "<https://data.slimcat.be/id/gemeente/44021> a sc:Municipality .\n"
                + "<https://data.slimcat.be/id/bron/vl> a sc:HarvestSource ; dct:identifier \"vl\" ; dct:publisher <https://data.slimcat.be/id/organisatie/vo> .\n"
                + "<https://data.slimcat.be/id/organisatie/vo> sc:policyLevel <https://data.slimcat.be/id/concept/beleidsniveau/vlaams> .\n";
        String gent = "@prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> . @prefix foaf: <http://xmlns.com/foaf/0.1/> .\n"
                + "<https://g.example/p> a dcat:Dataset ; dct:title \"Parkings\"@nl ; dct:publisher [ foaf:name \"Stad Gent\" ] .\n";
        String vl = "@prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> . @prefix foaf: <http://xmlns.com/foaf/0.1/> .\n"
                + "<https://v.example/p> a dcat:Dataset ; dct:title \"PARKINGS\" ; dct:publisher [ foaf:name \"Stad Gent\" ] .\n"
                + "<https://v.example/q> a dcat:Dataset ; dct:title \"Other\" .\n";
        Txn.executeWrite(dsg, () -> {
            add(dsg, "https://data.slimcat.be/graph/sources", sources);
            add(dsg, "https://data.slimcat.be/graph/source/gent", gent);
            add(dsg, "https://data.slimcat.be/graph/source/vl", vl);
        });
        List<DatasetKeys> keys = Txn.calculateRead(dsg, () -> StoredDatasetKeys.read(dsg, SlimcatIris.defaults()));
        assertEquals(List.of(
                keys("https://g.example/p", "gent", 1, null, null, "Parkings", "Stad Gent", null),
                keys("https://v.example/p", "vl", 2, null, null, "PARKINGS", "Stad Gent", null),
                keys("https://v.example/q", "vl", 2, null, null, "Other", null, null)), keys);
        List<DuplicateFinder.DuplicateGroup> groups = finder.find(keys);
        assertEquals("https://g.example/p", groups.get(0).canonical().dataset());
    }

    private static void add(DatasetGraph dsg, String graph, String ttl) {
        RDFParser.fromString(ttl, Lang.TURTLE).toGraph().find()
                .forEachRemaining(t -> dsg.add(NodeFactory.createURI(graph), t.getSubject(), t.getPredicate(), t.getObject()));
    }
}
