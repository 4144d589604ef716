// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.guard;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;

/**
 * The hosts federated {@code SERVICE} may call: each entry is {@code host} (any port) or {@code host:port}.
 * Empty means {@code SERVICE} is off. A call to any other IRI is refused before a connection is made
 * ({@link QueryDeniedException}, which the endpoint answers with 422); redirects are not followed, so an
 * allowed host cannot forward a call elsewhere.
 */
public final class ServiceAllowList implements ChainingServiceExecutor {
    private static final Pattern ENTRY = Pattern.compile("([a-z0-9]([a-z0-9.-]*[a-z0-9])?|\\[[0-9a-f:.]+\\])(:(\\d{1,5}))?");

    private final List<Entry> entries;

    private record Entry(String host, int port) {
        boolean admits(String host, int port) {
            return this.host.equals(host) && (this.port < 0 || this.port == port);
        }

        @Override
        public String toString() {
            return port < 0 ? host : host + ":" + port;
        }
    }

    private ServiceAllowList(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** No host: {@code SERVICE} is off. */
    public static ServiceAllowList none() {
        return new ServiceAllowList(List.of());
    }

    /** The entries {@code host} or {@code host:port}; throws IllegalArgumentException naming a malformed one. */
    public static ServiceAllowList of(Collection<String> hosts) {
        List<Entry> entries = new ArrayList<>();
        for (String raw : hosts) {
            String text = raw.strip().toLowerCase(Locale.ROOT);
            Matcher m = ENTRY.matcher(text);
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + raw + "' is not a host name or host:port (no scheme or path), e.g. query.wikidata.org");
            }
            int port = m.group(4) == null ? -1 : Integer.parseInt(m.group(4));
            if (port > 65535) {
                throw new IllegalArgumentException("'" + raw + "' has a port above 65535");
            }
            entries.add(new Entry(m.group(1), port));
        }
        return new ServiceAllowList(entries);
    }

    /** Whether {@code SERVICE} may call anything at all. */
    public boolean isEnabled() {
        return !entries.isEmpty();
    }

    /** Whether a {@code SERVICE} call to this IRI is allowed. */
    public boolean admits(String iri) {
        try {
            URI uri = new URI(iri);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return false;
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
            return entries.stream().anyMatch(e -> e.admits(host, port));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * Puts the list into a query context: {@code SERVICE} on or off, this check first in the chain of service
     * executors, an HTTP client that follows no redirects, and the query timeout for each remote call.
     */
    public void install(Context context, Duration timeout) {
        context.set(ARQ.httpServiceAllowed, isEnabled());
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.createFrom(ServiceExecutorRegistry.get());
        registry.addSingleLink(this);
        ServiceExecutorRegistry.set(context, registry);
        context.set(ARQ.httpQueryClient, HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build());
        context.set(ARQ.httpQueryTimeout, Long.toString(timeout.toMillis()));
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding,
            ExecutionContext execCxt, ServiceExecutor chain) {
        Node service = opExecute.getService();
        if (!service.isURI() || !admits(service.getURI())) {
            throw new QueryDeniedException("SERVICE <" + (service.isURI() ? service.getURI() : service.toString())
                    + "> refused: " + (isEnabled() ? "its host is not in the allow-list " + entries
                            : "federated SERVICE is off on this server"));
        }
        return chain.createExecution(opExecute, opOriginal, binding, execCxt);
    }

    @Override
    public String toString() {
        return entries.toString();
    }
}
