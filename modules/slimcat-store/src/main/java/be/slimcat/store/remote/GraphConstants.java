// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.remote;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_SameTerm;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Rewrites {@code GRAPH <g> { … }} as {@code { GRAPH ?g1 { … } FILTER(sameTerm(?g1, <g>)) }}, which means the
 * same. Virtuoso 7.2 answers a pattern on a named graph given by its IRI with nothing once the request leaves
 * any graph out with {@code define input:…-graph-exclude}; on a graph variable it answers right. The new
 * variables are not among the results.
 */
final class GraphConstants {
    /** How the new variables start: no query of SlimCat's names a variable so. */
    static final String PREFIX = "__slimcat_graph";

    private GraphConstants() {}

    static Query asFilters(Query query) {
        List<Var> results = query.isSelectType() && query.isQueryResultStar() ? List.copyOf(query.getProjectVars()) : null;
        AtomicInteger count = new AtomicInteger();
        Query rewritten = QueryTransformOps.transform(query, new ElementTransformCopyBase() {
            @Override
            public Element transform(ElementNamedGraph element, Node graph, Element pattern) {
                if (!graph.isURI()) {
                    return super.transform(element, graph, pattern);
                }
                Var name = Var.alloc(PREFIX + count.incrementAndGet());
                ElementGroup group = new ElementGroup();
                group.addElement(new ElementNamedGraph(name, pattern));
                group.addElementFilter(new ElementFilter(new E_SameTerm(new ExprVar(name), NodeValue.makeNode(graph))));
                return group;
            }
        });
        if (count.get() == 0) {
            return query;
        }
        if (results != null) {
            rewritten.setQueryResultStar(false);
            rewritten.getProject().clear();
            results.forEach(rewritten::addResultVar);
        }
        return rewritten;
    }
}
