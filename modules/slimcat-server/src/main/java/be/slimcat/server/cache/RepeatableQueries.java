// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.cache;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Now;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction0;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.ExprFunction3;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.Unstable;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.vocabulary.XSD;

import be.slimcat.server.web.search.FacetFunctions;

/**
 * Tells the queries whose answer depends only on the stored data, so that it may be kept: not those that
 * call another service ({@code SERVICE}), a function whose value changes from call to call
 * ({@code NOW}, {@code RAND}, {@code UUID}, {@code STRUUID}, {@code BNODE}), an extension function
 * (other than the XSD casts) or a facet function (the search index follows the store a while later), nor text that does not parse (the endpoint answers that with its own error).
 */
final class RepeatableQueries {
    private RepeatableQueries() {}

    /** Whether the answer to the query text depends on the stored data alone. */
    static boolean isRepeatable(String queryText) {
        Query query;
        try {
            query = QueryFactory.create(queryText, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            return false;
        }
        Op op = Algebra.compile(query);
        Finder finder = new Finder();
        Walker.walk(op, finder, finder.expressions);
        return !finder.found;
    }

    /** Looks for SERVICE and for the functions whose value may change from call to call. */
    private static final class Finder extends OpVisitorBase {
        private boolean found;
        private final ExprVisitorBase expressions = new ExprVisitorBase() {
            @Override
            public void visit(ExprFunction0 function) {
                check(function);
            }

            @Override
            public void visit(ExprFunction1 function) {
                check(function);
            }

            @Override
            public void visit(ExprFunction2 function) {
                check(function);
            }

            @Override
            public void visit(ExprFunction3 function) {
                check(function);
            }

            @Override
            public void visit(ExprFunctionN function) {
                check(function);
            }
        };

        private void check(Expr function) {
            found |= function instanceof Unstable || function instanceof E_Now
                    || function instanceof E_Function call && !call.getFunctionIRI().startsWith(XSD.NS);
        }

        @Override
        public void visit(OpService service) {
            found = true;
        }

        // The facet functions answer from the search index, which is rebuilt a while after a commit.
        @Override
        public void visit(OpBGP bgp) {
            found |= bgp.getPattern().getList().stream()
                    .anyMatch(t -> t.getPredicate().isURI() && FacetFunctions.isFacetFunction(t.getPredicate().getURI()));
        }

        // The walker leaves out the expressions of sort conditions and of groups: look at them here.
        @Override
        public void visit(OpOrder order) {
            order.getConditions().forEach(condition -> Walker.walk(condition.getExpression(), expressions));
        }

        @Override
        public void visit(OpTopN top) {
            top.getConditions().forEach(condition -> Walker.walk(condition.getExpression(), expressions));
        }

        @Override
        public void visit(OpGroup group) {
            group.getGroupVars().getExprs().values().forEach(expr -> Walker.walk(expr, expressions));
            for (ExprAggregator aggregator : group.getAggregators()) {
                ExprList arguments = aggregator.getAggregator().getExprList();
                if (arguments != null) {
                    arguments.forEach(expr -> Walker.walk(expr, expressions));
                }
            }
        }
    }
}
