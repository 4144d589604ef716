// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.remote;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * Finds whether a query needs this process rather than the remote service: a property function registered
 * here (such as {@code text:query}), an extension function (anything but the XSD casts), {@code SERVICE}
 * (whose hosts the endpoint's allow-list must decide). Such a query runs in ARQ over the remote dataset's
 * lookups (see {@link RemoteDatasetGraph}).
 */
final class LocalOnly {
    private LocalOnly() {}

    /** Whether the query needs this process; the property functions registered are those of the context (else the global ones). */
    static boolean needs(Query query, Context context) {
        AtomicBoolean local = new AtomicBoolean();
        ExprVisitorBase extension = new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionN function) {
                if (function instanceof E_Function f && !f.getFunctionIRI().startsWith(XSDDatatype.XSD + "#")) {
                    local.set(true);
                }
            }
        };
        Consumer<Expr> functions = e -> Walker.walk(e, extension);
        PropertyFunctionRegistry registry = context == null ? PropertyFunctionRegistry.get()
                : PropertyFunctionRegistry.chooseRegistry(context);
        ElementVisitorBase elements = new ElementVisitorBase() {
            @Override
            public void visit(ElementPathBlock block) {
                for (TriplePath path : block.getPattern()) {
                    Node predicate = path.getPredicate();
                    if (predicate != null && predicate.isURI() && registry.isRegistered(predicate.getURI())) {
                        local.set(true);
                    }
                }
            }

            @Override
            public void visit(ElementService service) {
                local.set(true);
            }

            @Override
            public void visit(ElementFilter filter) {
                functions.accept(filter.getExpr());
            }

            @Override
            public void visit(ElementBind bind) {
                functions.accept(bind.getExpr());
            }
        };
        if (query.getQueryPattern() != null) {
            ElementWalker.walk(query.getQueryPattern(), elements);
        }
        query.getProject().getExprs().values().forEach(functions);
        query.getHavingExprs().forEach(functions);
        query.getGroupBy().getExprs().values().forEach(functions);
        if (query.hasOrderBy()) {
            query.getOrderBy().forEach(c -> functions.accept(c.getExpression()));
        }
        return local.get();
    }
}
