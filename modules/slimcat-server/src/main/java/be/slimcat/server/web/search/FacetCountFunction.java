// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.web.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
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
 * {@code (?value ?count) facet:count ("theme" "publisher" <…>)}: each value of a facet with the number of
 * searchable things having it among those picked out by the other choices, as the search page counts
 * (a facet's own choices are left out of its counts). Values no thing has are not listed; rows come by
 * count, highest first.
 */
final class FacetCountFunction extends PropertyFunctionEval {
    private final Supplier<SearchIndex> index;
    private final Search search;

    FacetCountFunction(Supplier<SearchIndex> index, Search search) {
        super(PropFuncArgType.PF_ARG_LIST, PropFuncArgType.PF_ARG_LIST);
        this.index = index;
        this.search = search;
    }

    @Override
    public QueryIterator execEvaluated(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object,
            ExecutionContext context) {
        String function = FacetFunctions.name(predicate);
        if (subject.getArgListSize() != 2) {
            throw new FacetArguments.Mistake(function, "the subject is (?value ?count), not a list of "
                    + subject.getArgListSize());
        }
        if (object.getArgListSize() < 1) {
            throw new FacetArguments.Mistake(function, "the object list starts with the facet to count");
        }
        SearchIndex current = index.get();
        String name = FacetArguments.facetName(function, object.getArg(0), current);
        if (name.equals(FacetArguments.WORDS)) {
            throw new FacetArguments.Mistake(function, "\"q\" holds words; name a facet to count");
        }
        List<Node> pairs = object.getArgList().subList(1, object.getArgListSize());
        FacetArguments choices = FacetArguments.read(function, pairs, current);
        FacetIndex facet = current.facets().get(name);
        BitSet among = search.select(current, choices.words(), choices.selected()).among(name);
        int[] counts = facet.counts(among);
        List<Integer> values = new ArrayList<>();
        for (int id = 0; id < counts.length; id++) {
            if (counts[id] > 0) {
                values.add(id);
            }
        }
        values.sort(Comparator.comparingInt((Integer id) -> counts[id]).reversed().thenComparing(facet::value));
        List<Binding> rows = new ArrayList<>(values.size());
        for (int id : values) {
            Node count = NodeFactory.createLiteralDT(Integer.toString(counts[id]), XSDDatatype.XSDinteger);
            FacetFunctions.bind(binding, subject.getArgList(), List.of(facet.node(id), count)).ifPresent(rows::add);
        }
        return QueryIterPlainWrapper.create(rows.iterator(), context);
    }
}
