// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.patch;

import java.util.List;

import org.apache.jena.rdfpatch.RDFChanges;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The net effect of one write transaction: the quads it removed that were there before it, and the
 * quads it added that were not. Each quad appears at most once, so applying the set twice gives the
 * same result as applying it once.
 */
public record ChangeSet(List<Quad> deleted, List<Quad> added) {
    public ChangeSet {
        deleted = List.copyOf(deleted);
        added = List.copyOf(added);
    }

    /** True when the transaction changed nothing. */
    public boolean isEmpty() {
        return deleted.isEmpty() && added.isEmpty();
    }

    /** Sends the deletions, then the additions, to the patch writer (without transaction markers). */
    void sendTo(RDFChanges target) {
        deleted.forEach(q -> target.delete(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()));
        added.forEach(q -> target.add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()));
    }

    /** True when the dataset holds every added quad and none of the deleted ones. Call inside a transaction. */
    boolean isReflectedIn(DatasetGraph data) {
        return deleted.stream().noneMatch(data::contains) && added.stream().allMatch(data::contains);
    }
}
