// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server;

import java.time.Duration;
import java.util.Optional;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;

import be.slimcat.server.guard.PathRepetitionCheck;

/**
 * The SPARQL query service of the public endpoint: refuses property paths the timeout cannot stop (400),
 * caps and collects answers ({@link ResultCap}), and stops queries at the timeout (ARQ's, set in the
 * request's context only: the server's own queries, such as building the search index, are not bound by it).
 */
final class CappedQueryService extends SPARQL_QueryDataset {
    private final ResultCap cap;
    private final String timeoutMillis;

    CappedQueryService(long resultLimit, Duration timeout) {
        this.cap = new ResultCap(resultLimit);
        this.timeoutMillis = Long.toString(timeout.toMillis());
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        action.getContext().set(ARQ.queryTimeout, timeoutMillis);
        return super.createQueryExec(action, query, dataset);
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        Optional<String> path = PathRepetitionCheck.unstoppablePath(query);
        if (path.isPresent()) {
            ServletOps.errorBadRequest("The property path " + path.get() + " nests repetitions (* or + inside another,"
                    + " or two in one alternative), which this server cannot stop at the timeout. Write the repeated"
                    + " steps as separate triple patterns.");
        }
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query chosen = decided.getRight() != null ? decided.getRight() : query;
        return Pair.create(decided.getLeft(), cap.limited(chosen));
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query requestQuery, String queryStringLog) {
        if (requestQuery.isSelectType()) {
            return new QueryExecResult(cap.rows(exec.select(), action.getResponse()));
        }
        if (requestQuery.isConstructType()) {
            return new QueryExecResult(cap.quads(exec.constructQuads(), action.getResponse()));
        }
        if (requestQuery.isDescribeType()) {
            return new QueryExecResult(cap.triples(exec.describe(), action.getResponse()));
        }
        return super.executeQuery(action, exec, requestQuery, queryStringLog);
    }
}
