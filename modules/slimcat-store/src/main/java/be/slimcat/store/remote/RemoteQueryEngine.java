// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.remote;

import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.PlanOp;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.Timeouts;
import org.apache.jena.sparql.engine.Timeouts.Timeout;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.main.QueryEngineMain;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.util.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each query on a {@link RemoteDatasetGraph} whole to the service, so that the service's own
 * optimiser and indexes answer it, and hands the solutions to ARQ, which builds the answer (a CONSTRUCT
 * template, a DESCRIBE, the caps and timeouts of the endpoint) as for a local store.
 * <p>
 * Some queries stay in ARQ, evaluated over the dataset's lookups: those of a write transaction with changes
 * not yet committed (the service cannot see them), and those that need this process ({@link LocalOnly}):
 * its property functions such as {@code text:query} on SlimCat's own text index, its extension functions,
 * and {@code SERVICE}, so that the endpoint's allow-list decides which hosts are called, not the service;
 * and those the service's {@link ServiceDialect} cannot be trusted with.
 */
final class RemoteQueryEngine implements QueryEngineFactory {
    private static final Logger LOG = LoggerFactory.getLogger(RemoteQueryEngine.class);
    private static final RemoteQueryEngine INSTANCE = new RemoteQueryEngine();
    /** How long a query without a timeout of its own may take: a service may never give up on a query. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    private RemoteQueryEngine() {}

    /** Registers the engine with ARQ (once). */
    static synchronized void register() {
        if (!QueryEngineRegistry.get().contains(INSTANCE)) {
            QueryEngineRegistry.addFactory(INSTANCE);
        }
    }

    @Override
    public boolean accept(Query query, DatasetGraph dataset, Context context) {
        RemoteDatasetGraph remote = RemoteDatasetGraph.under(dataset);
        return remote != null && !remote.hasUncommittedChanges() && !LocalOnly.needs(query, context);
    }

    @Override
    public Plan create(Query query, DatasetGraph dataset, Binding initial, Context context) {
        RemoteDatasetGraph remote = RemoteDatasetGraph.under(dataset);
        if (LocalOnly.needs(query, context)) {
            return QueryEngineMain.getFactory().create(query, dataset, initial, context);
        }
        if (remote.dialect().needsLocal(query)) {
            remote.keepWhole(ServiceDialect.transitivePredicates(query));
            return QueryEngineMain.getFactory().create(query, dataset, initial, context);
        }
        // The query given here may differ from the one accepted: its parameters, blank nodes too, are
        // substituted now; the service knows blank nodes by their skolem IRIs
        ServiceTerms terms = remote.terms();
        Query solutions = terms.forService(remote.dialect().rewrite(solutionsOf(query)));
        QueryExecHTTPBuilder request = remote.request(solutions,
                initial == null ? BindingFactory.empty() : terms.toService(initial));
        Timeout timeout = context == null ? Timeout.UNSET : Timeouts.extractQueryTimeout(context);
        long timeoutMillis = timeout.hasOverallTimeout() ? timeout.overallTimeoutMillis() : DEFAULT_TIMEOUT.toMillis();
        request.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
        remote.dialect().stopOnTheService(request, timeoutMillis);
        QueryExecHTTP exec = request.build();
        LOG.debug("Query sent to {}:\n{}", remote.service(), exec.getQueryString());
        Op op = Algebra.compile(solutions);
        return new PlanOp(op, exec::close, new Solutions(remote, exec, remote.dialect().answers(solutions),
                ExecutionContext.create(dataset, context)));
    }

    /** The query as a SELECT of all its solutions: ARQ applies the CONSTRUCT, DESCRIBE or ASK form. */
    private static Query solutionsOf(Query query) {
        if (query.isSelectType()) {
            return query;
        }
        Query select = query.cloneQuery();
        if (select.getQueryPattern() == null) {
            select.setQueryPattern(new ElementGroup());
        }
        select.setQuerySelectType();
        select.setQueryResultStar(true);
        if (query.isAskType()) {
            select.setLimit(1);
        }
        return select;
    }

    @Override
    public boolean accept(Op op, DatasetGraph dataset, Context context) {
        return false;
    }

    @Override
    public Plan create(Op op, DatasetGraph dataset, Binding initial, Context context) {
        throw new UnsupportedOperationException("The remote engine answers queries, not algebra");
    }

    /** The solutions streamed from the service; a cancelled query aborts its request. */
    private static final class Solutions extends QueryIterPlainWrapper {
        private final RemoteDatasetGraph remote;
        private final QueryExecHTTP exec;
        private final UnaryOperator<Binding> answers;

        Solutions(RemoteDatasetGraph remote, QueryExecHTTP exec, UnaryOperator<Binding> answers, ExecutionContext context) {
            super(null, context);
            this.remote = remote;
            this.exec = exec;
            this.answers = answers;
        }

        private Iterator<Binding> rows;
        private volatile boolean cancelled;

        private Iterator<Binding> rows() {
            if (rows == null) {
                try {
                    rows = remote.call("answer the query", exec::select);
                } catch (RemoteStoreException e) {
                    if (cancelled || timedOut(e)) {
                        throw new QueryCancelledException();
                    }
                    throw e;
                }
            }
            return rows;
        }

        private static boolean timedOut(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof HttpTimeoutException) {
                    return true;
                }
            }
            return false;
        }

        @Override
        protected boolean hasNextBinding() {
            return rows().hasNext();
        }

        @Override
        protected Binding moveToNextBinding() {
            return answers.apply(remote.terms().fromService(rows().next()));
        }

        @Override
        protected void requestCancel() {
            cancelled = true;
            exec.abort();
        }

        @Override
        protected void closeIterator() {
            exec.close();
        }
    }
}
