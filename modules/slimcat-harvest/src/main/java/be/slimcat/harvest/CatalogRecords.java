// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

import java.time.Instant;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import be.slimcat.vocab.PROV;
import be.slimcat.vocab.SlimcatIris;

/**
 * The dcat:CatalogRecord that goes with every harvested record: which record of which source it
 * is, its content hash, when its content last changed (dct:modified, mandatory in DCAT-AP 3), and the
 * page, time and run it was last written from (sc:retrievedFrom, prov:generatedAtTime,
 * prov:wasGeneratedBy).
 */
public final class CatalogRecords {
    private final SlimcatIris iris;
    private final String sourceId;
    private final Node run;

    public CatalogRecords(SlimcatIris iris, String sourceId, Node run) {
        this.iris = iris;
        this.sourceId = sourceId;
        this.run = run;
    }

    /** The IRI of the catalogue record of a source's record: stable across runs. */
    public static Node iri(SlimcatIris iris, String sourceId, String recordId) {
        return iri(iris, sourceId, RecordKey.of(recordId));
    }

    /** The IRI of the catalogue record of a source's record, from the record's key. */
    public static Node iri(SlimcatIris iris, String sourceId, RecordKey key) {
        return iris.thing("catalogusrecord", sourceId + "-" + key.shortKey());
    }

    /** What the IRI of every catalogue record of a source starts with, before its record's {@link RecordKey#shortKey}. */
    public static String iriPrefix(SlimcatIris iris, String sourceId) {
        String iri = iri(iris, sourceId, new RecordKey(0, 0)).getURI();
        return iri.substring(0, iri.length() - 16);
    }

    /**
     * The catalogue record of a record with the given content hash, retrieved at the given time,
     * whose content last changed at {@code modified}.
     */
    Graph describe(HarvestedRecord record, RecordKey key, String contentHash, Instant retrieved, Instant modified) {
        Node r = iri(iris, sourceId, key);
        Graph g = GraphFactory.createDefaultGraph();
        g.add(r, RDF.type.asNode(), DCAT.CatalogRecord.asNode());
        g.add(r, FOAF.primaryTopic.asNode(), record.subject());
        g.add(r, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(record.recordId()));
        g.add(r, HarvestVocabulary.contentHash, NodeFactory.createLiteralString(contentHash));
        g.add(r, DCTerms.modified.asNode(), dateTime(modified));
        g.add(r, HarvestVocabulary.retrievedFrom, NodeFactory.createURI(record.page().toString()));
        g.add(r, PROV.generatedAtTime.asNode(), dateTime(retrieved));
        g.add(r, PROV.wasGeneratedBy.asNode(), run);
        return g;
    }

    /**
     * Gives a stored catalogue record that a run keeps, and that was stored before SlimCat wrote
     * dct:modified, the dct:modified of its staged version (the run's start).
     */
    static void addMissingModified(Graph graph, Node catalogRecord, StagedRecords.StagedRecord staged, PreviousHarvest previous) {
        int stored = previous.entry(staged.key());
        if (stored < 0 || previous.modifiedNanos(stored) != PreviousHarvest.NO_MODIFIED) {
            return;
        }
        Node modified = DCTerms.modified.asNode();
        staged.triples().stream().filter(t -> t.getSubject().equals(catalogRecord) && t.getPredicate().equals(modified))
                .forEach(graph::add);
    }

    private static Node dateTime(Instant instant) {
        return NodeFactory.createLiteralDT(instant.toString(), XSDDatatype.XSDdateTime);
    }
}
