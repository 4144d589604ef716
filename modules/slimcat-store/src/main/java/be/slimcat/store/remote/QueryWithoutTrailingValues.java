// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.remote;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;

/** A copy of a query without its trailing {@code VALUES} block, which {@link Query} offers no way to remove. */
final class QueryWithoutTrailingValues extends Query {
    private QueryWithoutTrailingValues() {}

    static Query of(Query query) {
        QueryWithoutTrailingValues copy = new QueryWithoutTrailingValues();
        QueryFactory.parse(copy, query.serialize(), null, Syntax.syntaxARQ);
        copy.valuesDataBlock = null;
        return copy;
    }
}
