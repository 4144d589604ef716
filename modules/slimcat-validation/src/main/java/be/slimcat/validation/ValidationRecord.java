// SPDX-License-Identifier: Apache-2.0
package be.slimcat.validation;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * One record to validate on its own: a described resource (a dataset with its distributions, a data
 * service, a catalogue, an actor ...), the graph that describes it, and the resources whose findings
 * the record reports. The graph may also describe resources of other records (a publisher, a shared
 * contact point) so that checks that look at them work; those are context, not reported on here.
 *
 * @param root     the resource the record is about
 * @param graph    its description and the context the shapes need; not modified by validation
 * @param subjects the resources validated (as focus nodes) in this record, in order
 */
public record ValidationRecord(Node root, Graph graph, Set<Node> subjects) {

    public ValidationRecord {
        subjects = Collections.unmodifiableSet(new LinkedHashSet<>(subjects));
    }

    /** A record that reports on every resource its graph describes (a record harvested on its own). */
    public static ValidationRecord of(Node root, Graph graph) {
        Set<Node> subjects = new LinkedHashSet<>();
        graph.find().forEachRemaining(t -> subjects.add(t.getSubject()));
        return new ValidationRecord(root, graph, subjects);
    }
}
