// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

import java.time.Instant;
import java.util.Iterator;
import java.util.Map;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.iterator.IteratorCloseable;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import be.slimcat.vocab.PROV;
import be.slimcat.vocab.SlimcatIris;

/**
 * The result of harvesting one source: its status, its counts and problems, and (when it
 * succeeded) the triples that become the source's graph. Close it to delete the staged records.
 */
public final class HarvestRun implements AutoCloseable {
    private final HarvestSource source;
    private final SlimcatIris iris;
    private final Node run;
    private final Instant started;
    private final Instant ended;
    private final HarvestStatus status;
    private final String message;
    private final StagedRecords staged;
    private final ChangeSummary changes;

    HarvestRun(HarvestSource source, SlimcatIris iris, Node run, Instant started, Instant ended, HarvestStatus status,
            String message, StagedRecords staged, ChangeSummary changes) {
        this.source = source;
        this.iris = iris;
        this.run = run;
        this.started = started;
        this.ended = ended;
        this.status = status;
        this.message = message;
        this.staged = staged;
        this.changes = changes;
    }

    public HarvestSource source() {
        return source;
    }

    /** The IRI of this run in the harvest log. */
    public Node iri() {
        return run;
    }

    public Instant started() {
        return started;
    }

    public Instant ended() {
        return ended;
    }

    public HarvestStatus status() {
        return status;
    }

    /** Why the run ended as it did, in one sentence. */
    public String message() {
        return message;
    }

    /** The records, problems and pages of the run. */
    public StagedRecords staged() {
        return staged;
    }

    /** Added, changed, unchanged and removed records compared with the last good run. */
    public ChangeSummary changes() {
        return changes;
    }

    /** The graph of the source: every record plus a dcat:CatalogRecord saying where, when and by which run it was retrieved. */
    public IteratorCloseable<Triple> sourceGraph() {
        IteratorCloseable<Triple> records = staged.triples();
        Iterator<Triple> catalogRecords = Iter.flatMap(staged.records().entrySet().iterator(),
                e -> catalogRecord(e.getKey(), e.getValue()).find());
        return Iter.onCloseIO(Iter.concat(records, catalogRecords), records::close);
    }

    private Graph catalogRecord(String recordId, StagedRecords.Staged record) {
        Node r = iris.thing("catalogusrecord", source.id() + "-" + ContentHash.shortKey(recordId));
        Graph g = GraphFactory.createDefaultGraph();
        g.add(r, RDF.type.asNode(), DCAT.CatalogRecord.asNode());
        g.add(r, FOAF.primaryTopic.asNode(), NodeFactory.createURI(record.subject()));
        g.add(r, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(recordId));
        g.add(r, HarvestVocabulary.contentHash, NodeFactory.createLiteralString(record.hash()));
        g.add(r, HarvestVocabulary.retrievedFrom, NodeFactory.createURI(record.page().toString()));
        g.add(r, PROV.generatedAtTime.asNode(), dateTime(ended));
        g.add(r, PROV.wasGeneratedBy.asNode(), run);
        return g;
    }

    /** The run as a prov:Activity for the harvest log: source, times, status, counts and the kept problems. */
    public Graph provenance() {
        Graph g = GraphFactory.createDefaultGraph();
        Node sourceIri = iris.thing("bron", source.id());
        g.add(run, RDF.type.asNode(), PROV.Activity.asNode());
        g.add(run, RDF.type.asNode(), HarvestVocabulary.HarvestRun);
        g.add(run, PROV.used.asNode(), sourceIri);
        g.add(run, PROV.startedAtTime.asNode(), dateTime(started));
        g.add(run, PROV.endedAtTime.asNode(), dateTime(ended));
        g.add(run, HarvestVocabulary.harvestStatus, NodeFactory.createLiteralString(status.label()));
        g.add(run, HarvestVocabulary.statusMessage, NodeFactory.createLiteralString(message));
        count(g, HarvestVocabulary.recordsHarvested, staged.records().size());
        count(g, HarvestVocabulary.recordsAdded, changes.added());
        count(g, HarvestVocabulary.recordsChanged, changes.changed());
        count(g, HarvestVocabulary.recordsUnchanged, changes.unchanged());
        count(g, HarvestVocabulary.recordsRemoved, changes.removed());
        count(g, HarvestVocabulary.recordsRejected, staged.rejectedCount());
        count(g, HarvestVocabulary.pagesRead, staged.pagesRead().size());
        count(g, HarvestVocabulary.pagesLost, staged.pagesLost().size());
        g.add(sourceIri, RDF.type.asNode(), HarvestVocabulary.HarvestSource);
        g.add(sourceIri, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(source.id()));
        g.add(sourceIri, DCTerms.title.asNode(), NodeFactory.createLiteralString(source.title()));
        g.add(sourceIri, DCAT.endpointURL.asNode(), NodeFactory.createURI(source.endpoint().toString()));
        g.add(sourceIri, HarvestVocabulary.dialect, NodeFactory.createLiteralString(source.dialect()));
        if (source.publisher() != null) {
            g.add(sourceIri, DCTerms.publisher.asNode(), NodeFactory.createURI(source.publisher()));
        }
        int n = 0;
        for (RecordProblem p : staged.problems()) {
            Node problem = problemNode(g, ++n, p.page(), p.reason(), p.rejected());
            if (!p.recordId().isEmpty()) {
                g.add(problem, HarvestVocabulary.recordId, NodeFactory.createLiteralString(p.recordId()));
            }
            g.add(problem, HarvestVocabulary.excerpt, NodeFactory.createLiteralString(p.excerpt()));
        }
        for (Map.Entry<java.net.URI, String> lost : staged.pagesLost().entrySet()) {
            problemNode(g, ++n, lost.getKey(), "page lost: " + lost.getValue(), true);
        }
        return g;
    }

    private Node problemNode(Graph g, int number, java.net.URI page, String reason, boolean rejected) {
        Node problem = NodeFactory.createURI(run.getURI() + "/probleem/" + number);
        g.add(run, HarvestVocabulary.problem, problem);
        g.add(problem, RDF.type.asNode(), HarvestVocabulary.HarvestProblem);
        g.add(problem, HarvestVocabulary.page, NodeFactory.createURI(page.toString()));
        g.add(problem, HarvestVocabulary.reason, NodeFactory.createLiteralString(reason));
        g.add(problem, HarvestVocabulary.rejected, NodeFactory.createLiteralDT(Boolean.toString(rejected), XSDDatatype.XSDboolean));
        return problem;
    }

    private void count(Graph g, Node property, long value) {
        g.add(run, property, NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger));
    }

    private static Node dateTime(Instant instant) {
        return NodeFactory.createLiteralDT(instant.toString(), XSDDatatype.XSDdateTime);
    }

    /** Deletes the staged records. */
    @Override
    public void close() {
        staged.close();
    }
}
