// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.remote;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.path.P_Mod;
import org.apache.jena.sparql.path.P_OneOrMore1;
import org.apache.jena.sparql.path.P_OneOrMoreN;
import org.apache.jena.sparql.path.P_Path0;
import org.apache.jena.sparql.path.P_ZeroOrMore1;
import org.apache.jena.sparql.path.P_ZeroOrMoreN;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Path2;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a service's SPARQL needs beyond the standard, told by its {@code Server} header. Virtuoso 7
 * answers some standard queries wrongly, so for it:
 * <ul>
 * <li>queries with a transitive path ({@code p*}, {@code p+}, {@code p{n,}}) run in SlimCat over lookups
 * (joined to other patterns or inside {@code EXISTS}, Virtuoso 7.2 returns nothing or never ends), the
 * path's predicates read whole once ({@link #transitivePredicates});</li>
 * <li>a grouped query's {@code ORDER BY}, {@code LIMIT} and {@code OFFSET} go to an outer query (Virtuoso
 * refuses an aggregate's alias in {@code ORDER BY}, error {@code SP031});</li>
 * <li>a trailing {@code VALUES} goes into the pattern, or to the outer query of a grouped one (Virtuoso answers
 * a query with a trailing {@code VALUES} with nothing);</li>
 * <li>graphs that are not the catalogue's are left out with {@code define input:default-graph-exclude} and
 * {@code input:named-graph-exclude} (its default graph holds every graph, its own system graphs too), and
 * named graphs given by IRI are then matched by a filter ({@link GraphConstants});</li>
 * <li>computed booleans, which it answers as 1 and 0, are read back as booleans ({@link BooleanVariables});</li>
 * <li>a query is given a timeout on the service too, as closing the connection does not stop it there.</li>
 * </ul>
 * Other services get queries as written.
 */
enum ServiceDialect {
    STANDARD(false),
    VIRTUOSO(true);

    private static final Logger LOG = LoggerFactory.getLogger(ServiceDialect.class);
    private static final Duration SERVICE_TIMEOUT_MARGIN = Duration.ofSeconds(1);

    private final boolean workarounds;

    ServiceDialect(boolean workarounds) {
        this.workarounds = workarounds;
    }

    /** The dialect of the service answering at the query endpoint, asked once with {@code ASK {}}; standard when it does not answer. */
    static ServiceDialect of(URI queryEndpoint, HttpClient http) {
        try {
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(queryEndpoint + "?query="
                    + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.discarding());
            String server = answer.headers().firstValue("Server").orElse("");
            ServiceDialect dialect = server.toLowerCase(Locale.ROOT).contains("virtuoso") ? VIRTUOSO : STANDARD;
            LOG.info("The remote store at {} is '{}': {} SPARQL", queryEndpoint, server, dialect.name().toLowerCase(Locale.ROOT));
            return dialect;
        } catch (IOException e) {
            return STANDARD;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return STANDARD;
        }
    }

    /** Whether the service cannot be trusted with this query, which must then run in SlimCat. */
    boolean needsLocal(Query query) {
        return workarounds && query.getQueryPattern() != null && hasTransitivePath(query);
    }

    /** The text sent for the query: for Virtuoso, first the pragmas that leave the foreign graphs out. */
    String text(Query query, Supplier<List<Node>> foreignGraphs) {
        if (!workarounds) {
            return query.toString();
        }
        List<Node> foreign = foreignGraphs.get();
        if (foreign.isEmpty()) {
            return query.toString();
        }
        StringBuilder text = new StringBuilder();
        for (Node graph : foreign) {
            String name = NodeFmtLib.strNT(graph);
            text.append("define input:default-graph-exclude ").append(name).append('\n')
                    .append("define input:named-graph-exclude ").append(name).append('\n');
        }
        return text.append(GraphConstants.asFilters(query)).toString();
    }

    /**
     * Tells the service to stop the query itself soon after SlimCat gives up on it: closing the connection does
     * not stop a query running in Virtuoso, which would go on taking the service's time. Virtuoso is given one
     * second more than SlimCat (its {@code timeout} parameter), so that SlimCat's own timeout always fires
     * first and an answer Virtuoso cuts short at its timeout is never taken as whole.
     */
    void stopOnTheService(QueryExecHTTPBuilder request, long timeoutMillis) {
        if (workarounds) {
            request.param("timeout", Long.toString(timeoutMillis + SERVICE_TIMEOUT_MARGIN.toMillis()));
        }
    }

    /** How a row of the service's answer to the query is read (as it comes, from a standard service). */
    UnaryOperator<Binding> answers(Query query) {
        return workarounds ? BooleanVariables.of(query)::restore : UnaryOperator.identity();
    }

    /** The query as this service answers it right (the same query for a standard service). */
    Query rewrite(Query query) {
        if (!workarounds) {
            return query;
        }
        boolean grouped = query.hasGroupBy() || query.hasAggregators();
        if (grouped && (query.hasOrderBy() || query.hasValues()) && (!query.hasOrderBy() || orderUsesOnlyResults(query))) {
            return groupedInside(query);
        }
        if (!grouped && query.hasValues()) {
            return valuesInside(query);
        }
        return query;
    }

    /**
     * A grouped query as a sub-query, its {@code ORDER BY}, {@code LIMIT}, {@code OFFSET} and trailing
     * {@code VALUES} outside: Virtuoso refuses an aggregate's alias in {@code ORDER BY} and answers nothing
     * to a query with a trailing {@code VALUES}.
     */
    private static Query groupedInside(Query query) {
        Query inner = query.hasValues() ? QueryWithoutTrailingValues.of(query) : query.cloneQuery();
        // a sub-query has no prologue of its own: its IRIs are written in full
        inner.setPrefixMapping(PrefixMapping.Factory.create());
        if (inner.getOrderBy() != null) {
            inner.getOrderBy().clear();
        }
        inner.setLimit(Query.NOLIMIT);
        inner.setOffset(Query.NOLIMIT);
        Query outer = new Query();
        outer.setQuerySelectType();
        outer.setPrefixMapping(query.getPrefixMapping());
        query.getProjectVars().forEach(outer::addResultVar);
        ElementGroup body = new ElementGroup();
        if (query.hasValues()) {
            body.addElement(new ElementData(query.getValuesVariables(), query.getValuesData()));
        }
        body.addElement(new ElementSubQuery(inner));
        outer.setQueryPattern(body);
        if (query.hasOrderBy()) {
            query.getOrderBy().forEach(outer::addOrderBy);
        }
        outer.setLimit(query.getLimit());
        outer.setOffset(query.getOffset());
        return outer;
    }

    /** The trailing {@code VALUES} of a query that does not group moved into its pattern, which means the same. */
    private static Query valuesInside(Query query) {
        Query moved = QueryWithoutTrailingValues.of(query);
        ElementGroup pattern = new ElementGroup();
        pattern.addElement(new ElementData(query.getValuesVariables(), query.getValuesData()));
        pattern.addElement(moved.getQueryPattern());
        moved.setQueryPattern(pattern);
        return moved;
    }

    private static boolean orderUsesOnlyResults(Query query) {
        Set<Var> results = new HashSet<>(query.getProjectVars());
        for (SortCondition condition : query.getOrderBy()) {
            if (!results.containsAll(condition.getExpression().getVarsMentioned())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the path itself repeats without a bound: {@code p*}, {@code p+}, {@code p{n,}}. */
    private static boolean isTransitiveStep(Path path) {
        return path instanceof P_ZeroOrMore1 || path instanceof P_ZeroOrMoreN || path instanceof P_OneOrMore1
                || path instanceof P_OneOrMoreN || path instanceof P_Mod mod && (mod.getMax() < 0 || mod.getMax() > 1);
    }

    /** Whether the path, or a part of it, repeats without a bound. */
    private static boolean isTransitive(Path path) {
        if (isTransitiveStep(path)) {
            return true;
        }
        if (path instanceof P_Path1 one) {
            return isTransitive(one.getSubPath());
        }
        return path instanceof P_Path2 two && (isTransitive(two.getLeft()) || isTransitive(two.getRight()));
    }

    /** Hands every transitive path of the pattern, in sub-queries and in {@code EXISTS} too, to {@code found}. */
    private static void walk(Element pattern, Consumer<Path> found) {
        ExprVisitorBase exists = new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp function) {
                if (function.getElement() != null) {
                    walk(function.getElement(), found);
                }
            }
        };
        ElementWalker.walk(pattern, new ElementVisitorBase() {
            @Override
            public void visit(ElementPathBlock block) {
                block.getPattern().getList().stream().map(TriplePath::getPath)
                        .filter(path -> path != null && isTransitive(path)).forEach(found);
            }

            @Override
            public void visit(ElementSubQuery sub) {
                if (sub.getQuery().getQueryPattern() != null) {
                    walk(sub.getQuery().getQueryPattern(), found);
                }
            }

            @Override
            public void visit(ElementFilter filter) {
                Walker.walk(filter.getExpr(), exists);
            }

            @Override
            public void visit(ElementBind bind) {
                Walker.walk(bind.getExpr(), exists);
            }
        });
    }

    private static boolean hasTransitivePath(Query query) {
        List<Path> found = new ArrayList<>();
        walk(query.getQueryPattern(), found::add);
        return !found.isEmpty();
    }

    /**
     * The predicates that the query's transitive paths follow, forwards or backwards: evaluated in SlimCat, a
     * path looks them up again and again, so all their triples are fetched at once ({@link RemoteTransaction#keepWhole}).
     */
    static Set<Node> transitivePredicates(Query query) {
        Set<Node> predicates = new HashSet<>();
        if (query.getQueryPattern() != null) {
            walk(query.getQueryPattern(), path -> repeatedLinks(path, false, predicates));
        }
        return predicates;
    }

    /** Adds the predicates of the path that are followed without a bound ({@code repeated}: inside such a part). */
    private static void repeatedLinks(Path path, boolean repeated, Set<Node> predicates) {
        boolean inside = repeated || isTransitiveStep(path);
        if (path instanceof P_Path0 link && inside) {
            predicates.add(link.getNode());
        } else if (path instanceof P_Path1 one) {
            repeatedLinks(one.getSubPath(), inside, predicates);
        } else if (path instanceof P_Path2 two) {
            repeatedLinks(two.getLeft(), inside, predicates);
            repeatedLinks(two.getRight(), inside, predicates);
        }
    }
}
