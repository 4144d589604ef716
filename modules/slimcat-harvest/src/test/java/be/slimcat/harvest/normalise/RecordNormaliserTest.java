// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;

import be.slimcat.harvest.Fixtures;
import be.slimcat.harvest.HarvestedRecord;
import be.slimcat.harvest.RecordProblem;

/** A whole record before and after, with the exact repairs and unmapped values reported. */
class RecordNormaliserTest {
    private static final String DS = "<https://opendata.kortrijk.be/id/dataset/parkeerautomaten>";
    private static final String CSV = "<https://opendata.kortrijk.be/id/distributie/parkeerautomaten-csv>";
    private static final String GEOJSON = "<https://opendata.kortrijk.be/id/distributie/parkeerautomaten-geojson>";
    private static final URI PAGE = URI.create("https://opendata.kortrijk.be/api/feed?page=3");

    private static Graph turtle(String path) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(Fixtures.text(path), Lang.TURTLE).parse(g);
        return g;
    }

    private static HarvestedRecord before() {
        return new HarvestedRecord("parkeerautomaten",
                NodeFactory.createURI("https://opendata.kortrijk.be/id/dataset/parkeerautomaten"),
                turtle("normalise/record-before.ttl"), PAGE);
    }

    @Test
    void aDirtyRecordIsRepairedWhereCertainAndTheRestKeptAndFlagged() {
        HarvestedRecord record = before();
        Normalised n = new RecordNormaliser("kortrijk").normalise(record);

        Graph expected = turtle("normalise/record-after.ttl");
        assertTrue(n.record().graph().isIsomorphicWith(expected),
                () -> "got:\n" + RDFWriter.source(n.record().graph()).lang(Lang.TURTLE).asString());
        assertEquals(expected.size(), n.record().graph().size());
        assertEquals("parkeerautomaten", n.record().recordId());
        assertEquals(record.subject(), n.record().subject());
        assertEquals(PAGE, n.record().page());
        assertTrue(record.graph().isIsomorphicWith(turtle("normalise/record-before.ttl")), "the input is not changed");

        List<String> reasons = n.problems().stream().map(RecordProblem::reason).toList();
        assertEquals(List.of(
                "dct:accessRights of " + DS + ": changed \"public\" to "
                        + "<http://publications.europa.eu/resource/authority/access-right/PUBLIC> (the EU access-right table)",
                "dct:accrualPeriodicity of " + DS + ": changed \"R/P1W\" to "
                        + "<http://publications.europa.eu/resource/authority/frequency/WEEKLY> (the EU frequency table)",
                "kept unmapped: dct:issued \"03/04/2021\" of " + DS
                        + ": day and month cannot be told apart (both 12 or less)",
                "dct:language of " + DS + ": changed \"Nederlands\" to "
                        + "<http://publications.europa.eu/resource/authority/language/NLD> (the EU language table)",
                "kept unmapped: dct:license \"cc-by\" of " + DS + ": not in the EU licence table",
                "dct:modified of " + DS + ": changed \"2026-11-22 10:00:00\" to \"2026-11-22T10:00:00\"^^xsd:dateTime "
                        + "(read as an ISO date and time)",
                "dct:title of " + DS + ": changed \"Parkeerautomaten\"@dutch to \"Parkeerautomaten\"@nl "
                        + "(well-formed BCP 47 language tag)",
                "dcat:landingPage of " + DS + ": changed \"https://opendata.kortrijk.be/datasets/parkeerautomaten\" to "
                        + "<https://opendata.kortrijk.be/datasets/parkeerautomaten> (an absolute https address given as text)",
                "dcat:theme of " + DS + ": changed \"Milieu\" to "
                        + "<http://publications.europa.eu/resource/authority/data-theme/ENVI> (the EU data-theme table)",
                "dcat:theme of " + DS + ": added <http://publications.europa.eu/resource/authority/data-theme/TRAN> next to "
                        + "<http://vocab.belgif.be/auth/datatheme/TRAN> (skos:exactMatch in the Belgian theme table)",
                "dct:format of " + CSV + ": changed \"CSV\" to "
                        + "<http://publications.europa.eu/resource/authority/file-type/CSV> (the EU file-type table)",
                "dct:issued of " + CSV + ": changed \"1795338000000\" to \"2026-11-22T09:00:00Z\"^^xsd:dateTime "
                        + "(read as epoch milliseconds, in UTC)",
                "dct:license of " + CSV + ": changed \"<p>Gratis hergebruik volgens de <a href=\\\"https://data.vlaanderen.be/id/"
                        + "licentie/modellicentie-gratis-hergebruik/v1.0\\\">Modellicentie Gratis Hergebruik</a>.</p>\" to "
                        + "<https://data.vlaanderen.be/id/licentie/modellicentie-gratis-hergebruik/v1.0> (link "
                        + "https://data.vlaanderen.be/id/licentie/modellicentie-gratis-hergebruik/v1.0 in the HTML: "
                        + "Flemish licence IRI (https, as data.vlaanderen.be publishes it))",
                "dcat:downloadURL of " + CSV + ": changed \"https://opendata.kortrijk.be/files/parkeer automaten.csv\" to "
                        + "<https://opendata.kortrijk.be/files/parkeer%20automaten.csv> (an absolute https address given as "
                        + "text; white space trimmed and spaces percent-encoded)",
                "dcat:mediaType of " + CSV + ": changed \"text/csv; charset=utf-8\" to "
                        + "<https://www.iana.org/assignments/media-types/text/csv> (the IANA media-type register, parameters dropped)",
                "dct:conformsTo of " + GEOJSON + ": changed \"https://data.vlaanderen.be/ns/mobiliteit\" to "
                        + "<https://data.vlaanderen.be/ns/mobiliteit> (an absolute https address given as text)",
                "dct:format of " + GEOJSON + ": changed <http://www.iana.org/assignments/media-types/application/geo+json> to "
                        + "<http://publications.europa.eu/resource/authority/file-type/GEOJSON> "
                        + "(\"application/geo+json\" in the EU file-type table)",
                "dct:license of " + GEOJSON + ": changed <http://creativecommons.org/licenses/by/4.0/> to "
                        + "<http://publications.europa.eu/resource/authority/licence/CC_BY_4_0> (\"cc by 4.0\" in the EU licence table)",
                "kept unmapped: dcat:accessURL \"www.kortrijk.be/parkeren\" of " + GEOJSON
                        + ": an address without scheme (http or https is not guessed)",
                "kept unmapped: dcat:mediaType \"GeoJSON\" of " + GEOJSON
                        + ": not a media type (type/subtype); no media type is derived from a format name",
                "dcat:endDate of the dct:temporal of " + DS + ": changed \"31/12/2026\" to \"2026-12-31\"^^xsd:date "
                        + "(read as day/month/year: the first number is above 12)",
                "dcat:startDate of the dct:temporal of " + DS + ": changed \"01/01/2021\" to \"2021-01-01\"^^xsd:date "
                        + "(day and month are equal)"), reasons);

        for (RecordProblem p : n.problems()) {
            assertEquals("kortrijk", p.sourceId());
            assertEquals(PAGE, p.page());
            assertEquals("parkeerautomaten", p.recordId());
            assertEquals(false, p.rejected());
        }
        assertEquals(DS + " dct:issued \"03/04/2021\"", n.problems().get(2).excerpt());
    }

    @Test
    void normalisingTwiceChangesNothingMore() {
        Normalised once = new RecordNormaliser("kortrijk").normalise(before());
        Normalised twice = new RecordNormaliser("kortrijk").normalise(once.record());
        assertTrue(twice.record().graph().isIsomorphicWith(once.record().graph()));
        assertEquals(List.of(
                "kept unmapped: dct:issued \"03/04/2021\" of " + DS + ": day and month cannot be told apart (both 12 or less)",
                "kept unmapped: dct:license \"cc-by\" of " + DS + ": not in the EU licence table",
                "kept unmapped: dcat:accessURL \"www.kortrijk.be/parkeren\" of " + GEOJSON
                        + ": an address without scheme (http or https is not guessed)",
                "kept unmapped: dcat:mediaType \"GeoJSON\" of " + GEOJSON
                        + ": not a media type (type/subtype); no media type is derived from a format name"),
                twice.problems().stream().map(RecordProblem::reason).toList());
    }

    @Test
    void aBelgianThemeWhoseEuThemeIsAlreadyThereAddsNothingAndIsNotReported() {
        Graph g = GraphFactory.createDefaultGraph();
        Node dataset = NodeFactory.createURI("https://data.gent.be/id/dataset/speelpleinen");
        g.add(dataset, DCAT.theme.asNode(), NodeFactory.createLiteralString("Mobiliteit"));
        g.add(dataset, DCAT.theme.asNode(), NodeFactory.createURI("http://vocab.belgif.be/auth/be-theme/MOBI#id"));
        Normalised n = new RecordNormaliser("gent").normalise(new HarvestedRecord("speelpleinen", dataset, g, PAGE));
        assertEquals(List.of(NodeFactory.createURI("http://publications.europa.eu/resource/authority/data-theme/TRAN"),
                NodeFactory.createURI("http://vocab.belgif.be/auth/be-theme/MOBI#id")),
                MappingFamiliesTest.objects(n.record().graph(), dataset, DCAT.theme.asNode()));
        assertEquals(List.of("dcat:theme of <https://data.gent.be/id/dataset/speelpleinen>: changed \"Mobiliteit\" to "
                + "<http://publications.europa.eu/resource/authority/data-theme/TRAN> (the EU data-theme table)"),
                n.problems().stream().map(RecordProblem::reason).toList());
    }

    @Test
    void blankDistributionsAreNormalisedAndNamedByTheirDataset() {
        Graph g = GraphFactory.createDefaultGraph();
        Node dataset = NodeFactory.createURI("https://data.gent.be/id/dataset/speelpleinen");
        Node distribution = NodeFactory.createBlankNode();
        g.add(dataset, DCAT.distribution.asNode(), distribution);
        g.add(distribution, DCTerms.format.asNode(), NodeFactory.createLiteralString("geojson"));
        Normalised n = new RecordNormaliser("gent").normalise(new HarvestedRecord("speelpleinen", dataset, g, PAGE));
        assertTrue(n.record().graph().contains(distribution, DCTerms.format.asNode(),
                NodeFactory.createURI("http://publications.europa.eu/resource/authority/file-type/GEOJSON")));
        assertEquals(List.of("dct:format of a distribution without IRI of <https://data.gent.be/id/dataset/speelpleinen>: "
                + "changed \"geojson\" to <http://publications.europa.eu/resource/authority/file-type/GEOJSON> "
                + "(the EU file-type table)"), n.problems().stream().map(RecordProblem::reason).toList());
    }

    @Test
    void nodesOutsideTheDatasetAndItsDistributionsAreLeftAlone() {
        Graph g = GraphFactory.createDefaultGraph();
        Node dataset = NodeFactory.createURI("https://data.gent.be/id/dataset/speelpleinen");
        Node publisher = NodeFactory.createURI("https://data.gent.be/id/organisatie/stad-gent");
        g.add(dataset, DCTerms.publisher.asNode(), publisher);
        g.add(publisher, DCTerms.modified.asNode(), NodeFactory.createLiteralString("22/11/2026"));
        Normalised n = new RecordNormaliser("gent").normalise(new HarvestedRecord("speelpleinen", dataset, g, PAGE));
        assertEquals(List.of(), n.problems());
        assertTrue(n.record().graph().isIsomorphicWith(g));
    }
}
