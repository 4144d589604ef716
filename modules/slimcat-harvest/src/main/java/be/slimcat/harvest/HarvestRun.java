// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.atlas.iterator.IteratorCloseable;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import be.slimcat.vocab.PROV;
import be.slimcat.vocab.SlimcatIris;

/**
 * The result of harvesting one source: its status, its counts and problems, and the staged records
 * that replace the source's graph or are merged into it ({@link #effect()}). Close it to delete the
 * staged records.
 */
public final class HarvestRun implements AutoCloseable {
    /** What applying a run does to the source's graph. */
    public enum Effect {
        /**
         * The run saw the whole source: its records become the source's graph, records it did not bring
         * are removed ({@link RecordReplace} does it in place).
         */
        REPLACE,
        /**
         * The run saw part of the source (incremental, or pages were lost): its records are added or
         * updated, and every other record stays ({@link RecordMerge}).
         */
        MERGE,
        /** The source's graph stays as it is. */
        KEEP
    }

    private final HarvestSource source;
    private final SlimcatIris iris;
    private final Node run;
    private final Instant started;
    private final Instant ended;
    private final HarvestStatus status;
    private final String message;
    private final StagedRecords staged;
    private final ChangeSummary changes;
    private final Optional<Instant> changedSince;

    HarvestRun(HarvestSource source, SlimcatIris iris, Node run, Instant started, Instant ended, HarvestStatus status,
            String message, StagedRecords staged, ChangeSummary changes, Optional<Instant> changedSince) {
        this.source = source;
        this.iris = iris;
        this.run = run;
        this.started = started;
        this.ended = ended;
        this.status = status;
        this.message = message;
        this.staged = staged;
        this.changes = changes;
        this.changedSince = changedSince;
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

    /** For an incremental run, the instant it asked for changes since. */
    public Optional<Instant> changedSince() {
        return changedSince;
    }

    /** What applying the run does to the source's graph. */
    public Effect effect() {
        return switch (status) {
            case SUCCEEDED -> changedSince.isPresent() ? Effect.MERGE : Effect.REPLACE;
            case INCOMPLETE -> Effect.MERGE;
            case UNAVAILABLE, SHRUNK -> Effect.KEEP;
        };
    }

    /**
     * The staged triples: every record followed by its dcat:CatalogRecord (when its content last
     * changed; where, when and by which run it was retrieved), in the order the records came.
     */
    public IteratorCloseable<Triple> sourceGraph() {
        return staged.triples();
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
        changedSince.ifPresent(since -> g.add(run, HarvestVocabulary.changedSince, dateTime(since)));
        count(g, HarvestVocabulary.recordsHarvested, staged.size());
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
