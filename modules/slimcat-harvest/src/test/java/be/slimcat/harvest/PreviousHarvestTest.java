// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

import be.slimcat.vocab.SlimcatIris;

/** What is read of a source's graph and the harvest log before a run. */
class PreviousHarvestTest {
    private static final SlimcatIris IRIS = SlimcatIris.defaults();
    private static final Node SOURCE = IRIS.thing("bron", "voorbeeld");
    private static final String PREFIXES = "@prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> ."
            + " @prefix sc: <https://data.slimcat.be/ns/slimcat#> . @prefix prov: <http://www.w3.org/ns/prov#> ."
            + " @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n";
    private static final String HASH_A = "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb";

    private static Graph turtle(String ttl) {
        return RDFParser.fromString(PREFIXES + ttl, Lang.TURTLE).toGraph();
    }

    private static String catalogRecord(String id, String hash, String modified) {
        return "<" + CatalogRecords.iri(IRIS, "voorbeeld", id).getURI() + "> a dcat:CatalogRecord ; dct:identifier \"" + id
                + "\" ; sc:contentHash \"" + hash + "\"" + (modified == null ? "" : " ; dct:modified " + modified) + " .\n";
    }

    @Test
    void reads_digests_and_modification_times_by_record_key() {
        Graph source = turtle(catalogRecord("a", HASH_A, "\"2026-01-02T03:04:05.123456Z\"^^xsd:dateTime")
                + catalogRecord("b", "0".repeat(64), null) + catalogRecord("c", "1".repeat(64), "\"gisteren\""));
        PreviousHarvest previous = PreviousHarvest.read(source, GraphFactory.createDefaultGraph(), SOURCE);
        assertEquals(3, previous.size());
        assertEquals(new RecordDigest(0xca978112ca1bbdcaL, 0xfac231b39a23dc4dL), previous.digest("a"));
        Instant a = Instant.parse("2026-01-02T03:04:05.123456Z");
        assertEquals(a.getEpochSecond() * 1_000_000_000L + 123_456_000L, previous.modifiedNanos(previous.entry(RecordKey.of("a"))));
        assertEquals(PreviousHarvest.NO_MODIFIED, previous.modifiedNanos(previous.entry(RecordKey.of("b"))));
        assertEquals(PreviousHarvest.UNREADABLE_MODIFIED, previous.modifiedNanos(previous.entry(RecordKey.of("c"))));
        assertEquals(1, previous.withoutModified());
        assertEquals(-1, previous.entry(RecordKey.of("d")));
        assertEquals(Optional.of("https://data.slimcat.be/id/catalogusrecord/voorbeeld-"), previous.catalogueRecordIriPrefix());
        assertEquals(Optional.empty(), previous.lastCompleteStart(), "no run in the log");
        assertFalse(previous.mergedSinceFullRun());
    }

    @Test
    void catalogue_records_at_other_iris_have_no_common_prefix() {
        Graph source = turtle(catalogRecord("a", HASH_A, null)
                + "<https://elders.example/record/b> a dcat:CatalogRecord ; dct:identifier \"b\" ; sc:contentHash \"" + HASH_A + "\" .\n");
        assertEquals(Optional.empty(), PreviousHarvest.read(source, GraphFactory.createDefaultGraph(), SOURCE).catalogueRecordIriPrefix());
    }

    private static String run(String name, String status, String started, int changed, boolean incremental) {
        return "<https://data.slimcat.be/id/oogst/" + name + "> a sc:HarvestRun ; prov:used <" + SOURCE.getURI() + "> ;"
                + " sc:harvestStatus \"" + status + "\" ; prov:startedAtTime \"" + started + "\"^^xsd:dateTime ;"
                + " sc:recordsChanged " + changed + (incremental ? " ; sc:changedSince \"2026-01-01T00:00:00Z\"^^xsd:dateTime" : "")
                + " .\n";
    }

    @Test
    void a_merge_that_changed_records_after_the_last_full_run_is_noticed() {
        Graph source = turtle(catalogRecord("a", HASH_A, null));
        String full = run("full", "succeeded", "2026-01-01T02:00:00Z", 5, false);
        String lostPages = run("lost", "incomplete", "2026-01-02T02:00:00Z", 2, false);
        String quietIncremental = run("quiet", "succeeded", "2026-01-02T02:00:00Z", 0, true);
        String incremental = run("incr", "succeeded", "2026-01-03T02:00:00Z", 1, true);
        String laterFull = run("full2", "succeeded", "2026-01-04T02:00:00Z", 0, false);
        assertFalse(PreviousHarvest.read(source, turtle(full), SOURCE).mergedSinceFullRun());
        assertTrue(PreviousHarvest.read(source, turtle(full + lostPages), SOURCE).mergedSinceFullRun());
        assertFalse(PreviousHarvest.read(source, turtle(full + quietIncremental), SOURCE).mergedSinceFullRun(), "it changed nothing");
        assertTrue(PreviousHarvest.read(source, turtle(full + quietIncremental + incremental), SOURCE).mergedSinceFullRun());
        assertFalse(PreviousHarvest.read(source, turtle(full + lostPages + incremental + laterFull), SOURCE).mergedSinceFullRun());
        String otherSource = run("ander", "succeeded", "2026-01-05T02:00:00Z", 0, false)
                .replace(SOURCE.getURI(), IRIS.thing("bron", "ander").getURI());
        PreviousHarvest previous = PreviousHarvest.read(source, turtle(full + incremental + otherSource), SOURCE);
        assertEquals(Optional.of(Instant.parse("2026-01-03T02:00:00Z")), previous.lastCompleteStart());
        assertEquals(Optional.of(Instant.parse("2026-01-01T02:00:00Z")), previous.lastFullStart(),
                "the latest full run of this source, though an incremental run came after it");
    }
}
