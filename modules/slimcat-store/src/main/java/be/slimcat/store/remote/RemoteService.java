// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.remote;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;

import org.apache.jena.http.auth.AuthEnv;

/**
 * A SPARQL 1.1 service that holds the catalogue instead of the embedded TDB2 store: its query and update
 * endpoint and its Graph Store Protocol endpoint. Fuseki serves all three at the dataset's URL
 * ({@code http://host:3030/ds}); Virtuoso answers queries and updates at {@code /sparql} and the Graph
 * Store Protocol at {@code /sparql-graph-crud} (or {@code /sparql-graph-crud-auth} with a password).
 *
 * @param query the query endpoint
 * @param update the update endpoint
 * @param graphStore the Graph Store Protocol endpoint
 * @param user the user name for HTTP authentication, when the service asks for one
 */
public record RemoteService(URI query, URI update, URI graphStore, Optional<String> user) {

    /** A service answering queries, updates and the Graph Store Protocol at one URL, as Fuseki does. */
    public static RemoteService at(URI url) {
        return new RemoteService(url, url, url, Optional.empty());
    }

    /** The same service, with its Graph Store Protocol at another URL. */
    public RemoteService withGraphStore(URI url) {
        return new RemoteService(query, update, url, user);
    }

    /**
     * The same service, signing in as {@code user} with {@code password} (basic or digest, as the service
     * asks). The password is kept by Jena's authentication registry, never in this record or in logs.
     */
    public RemoteService withCredentials(String user, String password) {
        for (URI endpoint : new URI[] {query, update, graphStore}) {
            AuthEnv.get().registerUsernamePassword(endpoint, user, password);
        }
        return new RemoteService(query, update, graphStore, Optional.of(user));
    }

    /** The HTTP client used for every request to the service. */
    HttpClient httpClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Override
    public String toString() {
        return query.toString() + user.map(u -> " (as " + u + ")").orElse("");
    }
}
