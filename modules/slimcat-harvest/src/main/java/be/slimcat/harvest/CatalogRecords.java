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
 * is, its content hash, the page it was read from, when and by which run.
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
        return iris.thing("catalogusrecord", sourceId + "-" + ContentHash.shortKey(recordId));
    }

    /** The catalogue record of a record with the given content hash, retrieved at the given time. */
    Graph describe(HarvestedRecord record, String contentHash, Instant retrieved) {
        Node r = iri(iris, sourceId, record.recordId());
        Graph g = GraphFactory.createDefaultGraph();
        g.add(r, RDF.type.asNode(), DCAT.CatalogRecord.asNode());
        g.add(r, FOAF.primaryTopic.asNode(), record.subject());
        g.add(r, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(record.recordId()));
        g.add(r, HarvestVocabulary.contentHash, NodeFactory.createLiteralString(contentHash));
        g.add(r, HarvestVocabulary.retrievedFrom, NodeFactory.createURI(record.page().toString()));
        g.add(r, PROV.generatedAtTime.asNode(), NodeFactory.createLiteralDT(retrieved.toString(), XSDDatatype.XSDdateTime));
        g.add(r, PROV.wasGeneratedBy.asNode(), run);
        return g;
    }
}
