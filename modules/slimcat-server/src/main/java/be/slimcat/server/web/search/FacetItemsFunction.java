// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.web.search;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropFuncArgType;
import org.apache.jena.sparql.pfunction.PropertyFunctionEval;

/**
 * {@code ?item facet:items ("type" dcat:Dataset "theme" <…>)}, or {@code (?item ?score) facet:items (…)}:
 * the searchable things picked out by the choices, in the search page's order (by score when {@code "q"}
 * gives words, else by kind and name); the score is the text index's, 0 without words.
 */
final class FacetItemsFunction extends PropertyFunctionEval {
    private final Supplier<SearchIndex> index;
    private final Search search;

    FacetItemsFunction(Supplier<SearchIndex> index, Search search) {
        super(PropFuncArgType.PF_ARG_EITHER, PropFuncArgType.PF_ARG_LIST);
        this.index = index;
        this.search = search;
    }

    @Override
    public QueryIterator execEvaluated(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object,
            ExecutionContext context) {
        String function = FacetFunctions.name(predicate);
        List<Node> terms = subject.isNode() ? List.of(subject.getArg()) : subject.getArgList();
        if (terms.isEmpty() || terms.size() > 2) {
            throw new FacetArguments.Mistake(function, "the subject is ?item or (?item ?score), not a list of " + terms.size());
        }
        SearchIndex current = index.get();
        FacetArguments choices = FacetArguments.read(function, object.getArgList(), current);
        Selection selection = search.select(current, choices.words(), choices.selected());
        float[] scores = selection.words().map(TextSearch.Hits::scores).orElse(null);
        // rows are made as they are asked for, so that a LIMIT without ORDER BY stops early
        Iterator<Binding> rows = selection.ordered().mapToObj(item -> {
            List<Node> values = new ArrayList<>(2);
            values.add(NodeFactory.createURI(current.item(item).iri()));
            if (terms.size() == 2) {
                values.add(NodeFactory.createLiteralDT(Float.toString(scores == null ? 0 : scores[item]), XSDDatatype.XSDfloat));
            }
            return FacetFunctions.bind(binding, terms, values);
        }).flatMap(Optional::stream).iterator();
        return QueryIterPlainWrapper.create(rows, context);
    }
}
