// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.web.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_OneOf;
import org.apache.jena.sparql.expr.E_Str;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.path.PathParser;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.PatternVars;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

import be.slimcat.vocab.BundledQuery;

/**
 * The SPARQL query behind a search page, to copy into the SPARQL editor: the same choices written as
 * one SELECT, composed with Jena's syntax API from the facets' own queries (each facet's pattern with
 * its variables renamed apart and its chosen values as {@code VALUES}), the words as
 * {@code text:query}. It lists what the page lists (without the ranking).
 */
public final class SearchAsSparql {
    private static final Query ITEMS = BundledQuery.load(SearchAsSparql.class, "items.rq");
    private static final Var ITEM = Var.alloc("item");
    private static final Var LABEL = Var.alloc("label");

    private SearchAsSparql() {}

    /** The query text for the request on the index (which tells which facets have literal values). */
    public static String of(SearchRequest request, SearchIndex index) {
        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(ITEMS.getPrefixMapping())
                .setNsPrefix("text", "http://jena.apache.org/text#");
        ElementGroup where = new ElementGroup();
        boolean narrowed = false;
        for (FacetIndex facet : index.facets().values()) {
            List<String> values = request.selected(facet.facet().name());
            if (!values.isEmpty()) {
                addFacet(where, facet.facet(), values, facet.hasLiteralValues());
                narrowed = true;
            }
        }
        if (!narrowed) {
            addAll(where, withoutOptionals(ITEMS.getQueryPattern()));
        }
        String lucene = TextSearch.luceneQuery(request.text());
        ElementPathBlock block = new ElementPathBlock();
        if (!lucene.isEmpty()) {
            block.addTriplePath(new TriplePath(ITEM, PathParser.parse("text:query", prefixes), NodeFactory.createLiteralString(lucene)));
        }
        where.addElement(block);
        ElementPathBlock label = new ElementPathBlock();
        label.addTriplePath(new TriplePath(ITEM, PathParser.parse("skos:prefLabel|dct:title|foaf:name", prefixes), LABEL));
        where.addElement(new ElementOptional(label));

        Query query = new Query();
        query.setQuerySelectType();
        query.setPrefixMapping(prefixes);
        query.setDistinct(true);
        query.addResultVar(ITEM);
        query.addResultVar(LABEL);
        query.setQueryPattern(where);
        query.addOrderBy(ITEM, Query.ORDER_ASCENDING);
        return query.serialize();
    }

    private static void addFacet(ElementGroup where, Facet facet, List<String> values, boolean literals) {
        Map<Var, Node> renames = new HashMap<>();
        for (Var var : PatternVars.vars(facet.query().getQueryPattern())) {
            if (!var.equals(ITEM)) {
                renames.put(var, Var.alloc(var.getVarName() + "_" + facet.name()));
            }
        }
        Query renamed = QueryTransformOps.replaceVars(facet.query(), renames);
        Var value = (Var) renames.get(Var.alloc("value"));
        addAll(where, withoutOptionals(renamed.getQueryPattern()));
        if (literals) {
            ExprList list = new ExprList();
            values.forEach(v -> list.add(NodeValue.makeString(v)));
            where.addElement(new ElementFilter(new E_OneOf(new E_Str(new ExprVar(value)), list)));
        } else {
            ElementData data = new ElementData();
            data.add(value);
            for (String v : values) {
                Binding row = BindingFactory.binding(value, NodeFactory.createURI(v));
                data.add(row);
            }
            where.addElement(data);
        }
    }

    private static ElementGroup withoutOptionals(Element pattern) {
        ElementGroup group = new ElementGroup();
        for (Element element : ((ElementGroup) pattern).getElements()) {
            if (!(element instanceof ElementOptional)) {
                group.addElement(element);
            }
        }
        return group;
    }

    private static void addAll(ElementGroup where, ElementGroup group) {
        group.getElements().forEach(where::addElement);
    }
}
