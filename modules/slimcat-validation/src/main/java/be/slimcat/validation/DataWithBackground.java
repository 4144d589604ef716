// SPDX-License-Identifier: Apache-2.0
package be.slimcat.validation;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.shared.AddDeniedException;
import org.apache.jena.shared.DeleteDeniedException;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * Read-only view of data together with background knowledge, as one graph. Unlike Jena's
 * {@code Union} it keeps no set of the triples seen per lookup: a background triple is left out only
 * when the data has it too, which is checked only for the (rare) background matches.
 */
final class DataWithBackground extends GraphBase {
    private final Graph data;
    private final Graph background;

    DataWithBackground(Graph data, Graph background) {
        this.data = data;
        this.background = background;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        ExtendedIterator<Triple> fromBackground = background.find(pattern);
        if (!fromBackground.hasNext()) {
            return data.find(pattern);
        }
        return data.find(pattern).andThen(fromBackground.filterDrop(data::contains));
    }

    @Override
    protected boolean graphBaseContains(Triple triple) {
        return data.contains(triple) || background.contains(triple);
    }

    @Override
    protected int graphBaseSize() {
        int size = data.size();
        ExtendedIterator<Triple> extra = background.find().filterDrop(data::contains);
        try {
            while (extra.hasNext()) {
                extra.next();
                size++;
            }
        } finally {
            extra.close();
        }
        return size;
    }

    @Override
    public void performAdd(Triple t) {
        throw new AddDeniedException("Validation does not change the data", t);
    }

    @Override
    public void performDelete(Triple t) {
        throw new DeleteDeniedException("Validation does not change the data", t);
    }
}
