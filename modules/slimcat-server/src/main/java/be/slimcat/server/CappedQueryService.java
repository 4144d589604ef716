// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The SPARQL query service with a cap on result rows: a query without LIMIT, or with a larger one,
 * runs with LIMIT set to the cap.
 */
final class CappedQueryService extends SPARQL_QueryDataset {
    private final long resultLimit;

    CappedQueryService(long resultLimit) {
        this.resultLimit = resultLimit;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query chosen = decided.getRight() != null ? decided.getRight() : query;
        boolean capped = chosen.isSelectType() || chosen.isConstructType() || chosen.isDescribeType();
        if (!capped || chosen.hasLimit() && chosen.getLimit() <= resultLimit) {
            return decided;
        }
        Query limited = chosen.cloneQuery();
        limited.setLimit(resultLimit);
        return Pair.create(decided.getLeft(), limited);
    }
}
