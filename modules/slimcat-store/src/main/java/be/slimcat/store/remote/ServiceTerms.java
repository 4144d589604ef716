// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.remote;

import java.net.URI;
import java.util.function.UnaryOperator;

import org.apache.jena.atlas.lib.IRILib;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.expr.E_IsBlank;
import org.apache.jena.sparql.expr.E_IsIRI;
import org.apache.jena.sparql.expr.E_LogicalAnd;
import org.apache.jena.sparql.expr.E_LogicalNot;
import org.apache.jena.sparql.expr.E_LogicalOr;
import org.apache.jena.sparql.expr.E_Str;
import org.apache.jena.sparql.expr.E_StrStartsWith;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

import be.slimcat.vocab.SlimcatIris;

/**
 * Terms as the service keeps them and as SlimCat reads them back.
 * <ul>
 * <li>Blank nodes are IRIs on the service (RDF 1.1 skolem IRIs, {@code https://host/.well-known/genid/label}),
 * so that a blank node read in one request can be named in the next: each blank node is written as the IRI
 * made from its label, and read back as the blank node with that label. Queries sent to the service are
 * rewritten to match: blank-node constants become their IRIs, {@code isBlank} is also true of a skolem IRI
 * and {@code isIRI}/{@code isURI} false.</li>
 * <li>Literals are read in their canonical form ({@code "1"^^xsd:boolean} is {@code true}, a decimal
 * {@code 5000000} is {@code 5000000.0}), as TDB2 gives them: some services write another valid form.</li>
 * </ul>
 */
final class ServiceTerms {
    private final String prefix;
    private final NodeValue prefixValue;

    /** Skolem IRIs on the host of the catalogue's graph names (on SlimCat's default host when they name none). */
    ServiceTerms(String graphNamespace) {
        URI namespace = URI.create(graphNamespace);
        URI host = namespace.isAbsolute() && namespace.getHost() != null ? namespace : URI.create(SlimcatIris.defaults().base());
        this.prefix = host.resolve("/.well-known/genid/").toString();
        this.prefixValue = NodeValue.makeString(prefix);
    }

    /** How the skolem IRIs start. */
    String prefix() {
        return prefix;
    }

    /** The IRI of a blank node; other terms as they are. */
    Node toService(Node node) {
        return node != null && node.isBlank()
                ? NodeFactory.createURI(prefix + IRILib.encodeUriComponent(node.getBlankNodeLabel())) : node;
    }

    /** The blank node of a skolem IRI, a literal in canonical form; other terms as they are. */
    Node fromService(Node node) {
        if (node == null) {
            return null;
        }
        if (node.isLiteral()) {
            return CanonicalizeLiteral.get().apply(node);
        }
        return node.isURI() && node.getURI().startsWith(prefix)
                ? NodeFactory.createBlankNode(IRILib.decodeHex(node.getURI().substring(prefix.length()))) : node;
    }

    Triple fromService(Triple t) {
        return Triple.create(fromService(t.getSubject()), fromService(t.getPredicate()), fromService(t.getObject()));
    }

    /** A copy of the graph with its blank nodes as IRIs, to send. */
    Graph toService(Graph graph) {
        Graph copy = GraphFactory.createGraphMem();
        graph.find().forEachRemaining(t -> copy.add(toService(t.getSubject()), toService(t.getPredicate()), toService(t.getObject())));
        return copy;
    }

    /** A copy of the graph read from the service with its skolem IRIs as blank nodes. */
    Graph fromService(Graph graph) {
        Graph copy = GraphFactory.createGraphMem();
        graph.find().forEachRemaining(t -> copy.add(fromService(t)));
        return copy;
    }

    /** The solution with its skolem IRIs as blank nodes. */
    Binding fromService(Binding row) {
        return withValues(row, this::fromService);
    }

    /** The solution with its blank nodes as IRIs, to bind in a request. */
    Binding toService(Binding row) {
        return withValues(row, this::toService);
    }

    /** The solution with each value changed by {@code change} (Jena's NodeTransformLib changes the variables). */
    private static Binding withValues(Binding row, UnaryOperator<Node> change) {
        BindingBuilder builder = BindingBuilder.create();
        row.forEach((var, value) -> builder.add(var, change.apply(value)));
        return builder.build();
    }

    /** The query as the service must see it: blank-node constants as IRIs, the term tests knowing skolem IRIs. */
    Query forService(Query query) {
        Query named = QueryTransformOps.transform(query, this::toService);
        return QueryTransformOps.transform(named, new ElementTransformCopyBase(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunction1 function, Expr arg) {
                if (function instanceof E_IsBlank) {
                    return new E_LogicalOr(new E_IsBlank(arg), isSkolem(arg));
                }
                if (function instanceof E_IsIRI) {
                    return new E_LogicalAnd(new E_IsIRI(arg), new E_LogicalNot(isSkolem(arg)));
                }
                return super.transform(function, arg);
            }
        });
    }

    private Expr isSkolem(Expr term) {
        return new E_StrStartsWith(new E_Str(term), prefixValue);
    }
}
