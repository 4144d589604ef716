// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The most rows (SELECT) or triples (CONSTRUCT, DESCRIBE) one answer holds. The query runs with
 * {@code LIMIT cap+1}, so an answer that was cut is known; it then carries the header
 * {@value #TRUNCATED_HEADER} with the cap. Answers are collected in memory before the first byte is sent, so
 * a timeout is always answered with a clean 503, never a 200 cut off in the middle.
 */
final class ResultCap {
    /** The response header on an answer cut at the cap; its value is the cap. */
    static final String TRUNCATED_HEADER = "SlimCat-Result-Truncated";

    private final long cap;

    ResultCap(long cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("the result cap must be at least 1, not " + cap);
        }
        this.cap = cap;
    }

    /** The query with LIMIT lowered to cap+1 when it has none or a larger one (SELECT, CONSTRUCT, DESCRIBE). */
    Query limited(Query query) {
        boolean capped = query.isSelectType() || query.isConstructType() || query.isDescribeType();
        if (!capped || query.hasLimit() && query.getLimit() <= cap) {
            return query;
        }
        Query limited = query.cloneQuery();
        limited.setLimit(cap + 1);
        return limited;
    }

    /** At most cap rows, collected now. */
    RowSet rows(RowSet rows, HttpServletResponse response) {
        List<Binding> kept = new ArrayList<>();
        while (rows.hasNext()) {
            Binding row = rows.next();
            if (kept.size() == cap) {
                truncated(response);
                break;
            }
            kept.add(row);
        }
        return RowSetStream.create(rows.getResultVars(), kept.iterator());
    }

    /** At most cap distinct quads, collected now. */
    DatasetGraph quads(Iterator<Quad> quads, HttpServletResponse response) {
        DatasetGraph kept = DatasetGraphFactory.create();
        long count = 0;
        while (quads.hasNext()) {
            Quad quad = quads.next();
            if (kept.contains(quad)) {
                continue;
            }
            if (count == cap) {
                truncated(response);
                break;
            }
            kept.add(quad);
            count++;
        }
        return kept;
    }

    /** The graph, or its first cap triples. */
    Graph triples(Graph graph, HttpServletResponse response) {
        if (graph.size() <= cap) {
            return graph;
        }
        Graph kept = GraphFactory.createDefaultGraph();
        kept.getPrefixMapping().setNsPrefixes(graph.getPrefixMapping());
        Iterator<Triple> all = graph.find();
        for (long i = 0; i < cap && all.hasNext(); i++) {
            kept.add(all.next());
        }
        truncated(response);
        return kept;
    }

    private void truncated(HttpServletResponse response) {
        response.setHeader(TRUNCATED_HEADER, Long.toString(cap));
    }
}
