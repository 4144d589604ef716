// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.datajson;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

import be.slimcat.harvest.ContentHash;
import be.slimcat.harvest.RecordProblem;
import be.slimcat.vocab.SlimcatIris;

/** What the parts of one dataset's mapping share: the record graph being built and the repairs made. */
final class MappingContext {
    final SlimcatIris iris;
    final String sourceId;
    final URI page;
    final String recordId;
    final String excerpt;
    final Graph graph = GraphFactory.createDefaultGraph();
    final List<RecordProblem> problems = new ArrayList<>();

    MappingContext(SlimcatIris iris, String sourceId, URI page, String recordId, String excerpt) {
        this.iris = iris;
        this.sourceId = sourceId;
        this.page = page;
        this.recordId = recordId;
        this.excerpt = excerpt;
    }

    void add(Node subject, Node predicate, Node object) {
        graph.add(Triple.create(subject, predicate, object));
    }

    /** Reports a repair: the record is kept. */
    void repaired(String reason) {
        problems.add(new RecordProblem(sourceId, page, recordId, excerpt, reason, false));
    }

    /** {@code {base}/id/{type}/{sourceId}-{shortKey(text)}}. */
    Node mint(String type, String text) {
        return iris.thing(type, sourceId + "-" + ContentHash.shortKey(text));
    }
}
