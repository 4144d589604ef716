// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.remote;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.expr.E_Bound;
import org.apache.jena.sparql.expr.E_Coalesce;
import org.apache.jena.sparql.expr.E_Conditional;
import org.apache.jena.sparql.expr.E_Equals;
import org.apache.jena.sparql.expr.E_Exists;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_GreaterThan;
import org.apache.jena.sparql.expr.E_GreaterThanOrEqual;
import org.apache.jena.sparql.expr.E_IsBlank;
import org.apache.jena.sparql.expr.E_IsIRI;
import org.apache.jena.sparql.expr.E_IsLiteral;
import org.apache.jena.sparql.expr.E_IsNumeric;
import org.apache.jena.sparql.expr.E_LangMatches;
import org.apache.jena.sparql.expr.E_LessThan;
import org.apache.jena.sparql.expr.E_LessThanOrEqual;
import org.apache.jena.sparql.expr.E_LogicalAnd;
import org.apache.jena.sparql.expr.E_LogicalNot;
import org.apache.jena.sparql.expr.E_LogicalOr;
import org.apache.jena.sparql.expr.E_NotEquals;
import org.apache.jena.sparql.expr.E_NotExists;
import org.apache.jena.sparql.expr.E_OneOfBase;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_SameTerm;
import org.apache.jena.sparql.expr.E_StrContains;
import org.apache.jena.sparql.expr.E_StrEndsWith;
import org.apache.jena.sparql.expr.E_StrStartsWith;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * The variables of a query that take a boolean computed by the query: {@code BIND(EXISTS {…} AS ?b)},
 * {@code (?x = ?y AS ?b)}, {@code VALUES ?b { true }}. Virtuoso 7 answers these as the integers 1 and 0
 * (a boolean stored in the data comes back as a boolean); {@link #restore} turns them back into booleans.
 */
final class BooleanVariables {
    private static final List<Class<? extends Expr>> TESTS = List.of(E_Exists.class, E_NotExists.class,
            E_LogicalAnd.class, E_LogicalOr.class, E_LogicalNot.class, E_Equals.class, E_NotEquals.class,
            E_LessThan.class, E_LessThanOrEqual.class, E_GreaterThan.class, E_GreaterThanOrEqual.class,
            E_Bound.class, E_IsIRI.class, E_IsBlank.class, E_IsLiteral.class, E_IsNumeric.class, E_Regex.class,
            E_StrContains.class, E_StrStartsWith.class, E_StrEndsWith.class, E_SameTerm.class, E_LangMatches.class,
            E_OneOfBase.class);

    private final Set<Var> variables = new HashSet<>();

    private BooleanVariables() {}

    /** The variables of the query, at any depth, that are given a computed boolean. */
    static BooleanVariables of(Query query) {
        BooleanVariables found = new BooleanVariables();
        found.collect(query);
        return found;
    }

    private void collect(Query query) {
        if (query.getQueryPattern() != null) {
            ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
                @Override
                public void visit(ElementBind bind) {
                    note(bind.getVar(), bind.getExpr());
                }

                @Override
                public void visit(ElementData data) {
                    for (Var v : data.getVars()) {
                        if (data.getRows().stream().map(row -> row.get(v))
                                .anyMatch(n -> n != null && n.isLiteral() && XSDDatatype.XSDboolean.equals(n.getLiteralDatatype()))) {
                            variables.add(v);
                        }
                    }
                }

                @Override
                public void visit(ElementSubQuery sub) {
                    collect(sub.getQuery());
                }
            });
        }
        VarExprList projected = query.getProject();
        projected.forEachVarExpr((v, e) -> {
            if (e != null) {
                note(v, e);
            }
        });
    }

    private void note(Var v, Expr e) {
        if (isBoolean(e)) {
            variables.add(v);
        }
    }

    private boolean isBoolean(Expr e) {
        if (e instanceof NodeValue value) {
            return value.isBoolean();
        }
        if (e instanceof ExprVar v) {
            return variables.contains(v.asVar());
        }
        if (e instanceof E_Conditional choice) {
            return isBoolean(choice.getArg(2)) && isBoolean(choice.getArg(3));
        }
        if (e instanceof E_Coalesce any) {
            return any.getArgs().stream().allMatch(this::isBoolean);
        }
        if (e instanceof E_Function cast) {
            return XSDDatatype.XSDboolean.getURI().equals(cast.getFunctionIRI());
        }
        return TESTS.stream().anyMatch(test -> test.isInstance(e));
    }

    /** The row with the service's 1 and 0 of these variables as {@code true} and {@code false}. */
    Binding restore(Binding row) {
        if (variables.isEmpty()) {
            return row;
        }
        BindingBuilder restored = BindingBuilder.create();
        row.forEach((v, n) -> restored.add(v, variables.contains(v) ? asBoolean(n) : n));
        return restored.build();
    }

    private static Node asBoolean(Node n) {
        if (n.isLiteral() && XSDDatatype.XSDinteger.equals(n.getLiteralDatatype())) {
            String lexical = n.getLiteralLexicalForm();
            if (lexical.equals("1")) {
                return NodeValue.TRUE.asNode();
            }
            if (lexical.equals("0")) {
                return NodeValue.FALSE.asNode();
            }
        }
        return n;
    }
}
