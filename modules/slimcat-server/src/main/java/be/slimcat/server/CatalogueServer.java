// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server;

import java.net.BindException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.UserStore;
import org.apache.jena.atlas.web.AuthScheme;

import be.slimcat.server.cache.QueryCacheFilter;
import be.slimcat.server.sparqlui.LibraryExampleQueries;
import be.slimcat.server.sparqlui.SparqlUi;
import be.slimcat.server.feeds.Feeds;
import be.slimcat.server.guard.ClientRateLimit;
import be.slimcat.server.guard.QueryConcurrencyLimit;
import be.slimcat.server.guard.RateLimit;
import be.slimcat.server.guard.RequestBodyLimit;
import be.slimcat.server.guard.SecurityHeaders;
import be.slimcat.server.guard.ServiceAllowList;
import be.slimcat.server.replication.PatchLogServlet;
import be.slimcat.server.web.WebSite;
import be.slimcat.store.CatalogueStore;
import be.slimcat.store.queries.QueryLibrary;
import be.slimcat.vocab.SlimcatIris;

/**
 * The SPARQL endpoint: an embedded Fuseki over the catalogue store.
 * <ul>
 * <li>{@code /sparql}: SPARQL 1.1 query (GET and POST, all standard result formats), with a timeout and a row cap;</li>
 * <li>{@code /data}: Graph Store Protocol, read only;</li>
 * <li>{@code /update} and {@code /store}: SPARQL Update and read-write Graph Store Protocol, only when an
 * admin password is set, behind HTTP Basic authentication of user {@value #ADMIN_USER};</li>
 * <li>{@code /health}: JSON status; {@code /$/ping}: Fuseki's liveness check;</li>
 * <li>{@code /sparql-ui/}: the SPARQL UI (YASGUI), see {@link SparqlUi};</li>
 * <li>{@code /patches}: the store's patch log for read replicas, read only, when the store has one
 * (see {@link PatchLogServlet}).</li>
 * </ul>
 * CORS is on, so browser query clients can use the endpoint. Federated {@code SERVICE} is off unless hosts are
 * allowed. The SPARQL endpoints are guarded (see {@code THREAT-MODEL.md}): a request rate per client
 * ({@link #RATE_LIMITED_PATHS}), a limit on concurrent queries ({@link #QUERY_PATHS}), a request body limit
 * ({@link #BODY_LIMITED_PATHS}); the web pages are not limited, so a flood of queries does not lock people out.
 * Query answers are kept in memory for the committed version of the data they were computed on and carry an
 * {@code ETag} of that version (see {@link QueryCacheFilter}); answers from memory do not take a place among
 * the concurrent queries.
 */
public final class CatalogueServer {
    /** The user name for the admin endpoints. */
    public static final String ADMIN_USER = "admin";
    /** The paths whose requests count against each client's rate: the SPARQL and Graph Store endpoints. */
    public static final List<String> RATE_LIMITED_PATHS = List.of("/sparql", "/query", "/data", "/update", "/store");
    /** The paths that run client-written queries or whole-graph reads, limited in how many run at once. */
    public static final List<String> QUERY_PATHS = List.of("/sparql", "/query", "/data");
    /** The paths whose request bodies are limited in size (queries and updates; not /store uploads). */
    public static final List<String> BODY_LIMITED_PATHS = List.of("/sparql", "/query", "/update");
    /**
     * How many rows an ORDER BY or DISTINCT keeps in memory before it sorts them and writes them to disk. ARQ's
     * timeout is a flag read between rows; sorting the rows held in memory does not read it, so this also
     * bounds how long a sort runs past the timeout (measured: a 490,000-row ORDER BY with a 1 s timeout stopped
     * after 5.4 s in memory, 6.2 s with 100,000 rows per sort, 1.2 s with 10,000).
     */
    static final long SPILL_TO_DISK_ROWS = 10_000;
    private static final String ROOT = "/";

    private final FusekiServer server;
    private final WebSite site;

    private CatalogueServer(FusekiServer server, WebSite site) {
        this.server = server;
        this.site = site;
    }

    /** A builder for a server over the store. */
    public static Builder builder(CatalogueStore store) {
        return new Builder(store);
    }

    /** Starts serving; returns when the server listens. */
    public CatalogueServer start() {
        try {
            server.start();
        } catch (RuntimeException e) {
            if (causedBy(e, BindException.class)) {
                throw new ServerStartException("Port " + server.getHttpPort()
                        + " is in use (stop the other program or choose another port with --port)", e);
            }
            throw new ServerStartException("The server did not start: " + e.getMessage(), e);
        }
        site.searchIndex().buildInBackground();
        return this;
    }

    /** The port the server listens on (useful after asking for port 0). */
    public int port() {
        return server.getHttpPort();
    }

    /** Stops the server; the store stays open. */
    public void stop() {
        server.stop();
        site.close();
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Settings for the server; each default is stated on its method. */
    public static final class Builder {
        private final CatalogueStore store;
        private int port = 3030;
        private Duration queryTimeout = Duration.ofSeconds(30);
        private long resultLimit = 10_000;
        private long queryCacheBytes = 64L << 20;
        private String adminPassword;
        private ServiceAllowList serviceAllowList = ServiceAllowList.none();
        private int maxConcurrentQueries = 4;
        private Duration queueWait = Duration.ofSeconds(2);
        private RateLimit rateLimit = new RateLimit(50, Duration.ofSeconds(1));
        private long maxBodyBytes = 1024 * 1024;
        private boolean loopbackOnly;
        private SlimcatIris iris = SlimcatIris.defaults();

        private Builder(CatalogueStore store) {
            this.store = Objects.requireNonNull(store, "store");
        }

        /** The HTTP port; 0 picks a free one. Default 3030. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The longest a query may run before it is stopped. Default 30 seconds. */
        public Builder queryTimeout(Duration timeout) {
            this.queryTimeout = timeout;
            return this;
        }

        /** The most rows (or triples) a query may return. Default 10,000. */
        public Builder resultLimit(long limit) {
            this.resultLimit = limit;
            return this;
        }

        /**
         * The memory kept query answers may take, in bytes; an answer larger than an eighth of it is not
         * kept; 0 keeps none. Default 64 MiB.
         */
        public Builder queryCache(long bytes) {
            this.queryCacheBytes = bytes;
            return this;
        }

        /** Enables {@code /update} and {@code /store} for user {@value #ADMIN_USER}. Default: disabled. */
        public Builder adminPassword(String password) {
            this.adminPassword = password == null || password.isEmpty() ? null : password;
            return this;
        }

        /** The hosts queries may call with {@code SERVICE}. Default none: {@code SERVICE} is off. */
        public Builder serviceAllowList(ServiceAllowList allowList) {
            this.serviceAllowList = Objects.requireNonNull(allowList, "allowList");
            return this;
        }

        /** How many queries may run at once on {@link #QUERY_PATHS}. Default 4. */
        public Builder maxConcurrentQueries(int max) {
            this.maxConcurrentQueries = max;
            return this;
        }

        /** How long a query waits for a place before it gets 503. Default 2 seconds. */
        public Builder queueWait(Duration wait) {
            this.queueWait = Objects.requireNonNull(wait, "wait");
            return this;
        }

        /** Requests per client on {@link #RATE_LIMITED_PATHS}; null turns the limit off. Default 50/s. */
        public Builder rateLimit(RateLimit limit) {
            this.rateLimit = limit;
            return this;
        }

        /** The largest request body on {@link #BODY_LIMITED_PATHS}, in bytes. Default 1 MiB. */
        public Builder maxBodyBytes(long bytes) {
            this.maxBodyBytes = bytes;
            return this;
        }

        /** Listen on the loopback interface only. Default false (all interfaces). */
        public Builder loopbackOnly(boolean loopback) {
            this.loopbackOnly = loopback;
            return this;
        }

        /** The base IRI of the IRIs the store holds, which the pages resolve on this server. Default {@link SlimcatIris#defaults()}. */
        public Builder iris(SlimcatIris iris) {
            this.iris = Objects.requireNonNull(iris, "iris");
            return this;
        }

        /** Builds the server (not started). */
        public CatalogueServer build() {
            Context context = store.dataset().getContext();
            context.set(ARQ.spillToDiskThreshold, SPILL_TO_DISK_ROWS);
            serviceAllowList.install(context, queryTimeout);
            ARQ.getContext().set(ARQ.httpServiceAllowed, serviceAllowList.isEnabled());

            FusekiServer.Builder fuseki = FusekiServer.create()
                    .port(port)
                    .loopback(loopbackOnly)
                    .enableCors(true)
                    .enablePing(true)
                    .registerOperation(Operation.Query, new CappedQueryService(resultLimit, queryTimeout))
                    .registerOperation(Operation.Update, new NoLoadUpdateService())
                    .addDataset(ROOT, store.dataset())
                    .addEndpoint(ROOT, "sparql", Operation.Query)
                    .addEndpoint(ROOT, "query", Operation.Query)
                    .addEndpoint(ROOT, "data", Operation.GSP_R)
                    .addServlet("/health", new HealthServlet(store));
            addEndpointFilters(fuseki);
            WebSite site = new WebSite(store, iris);
            site.facetFunctions().install(context);
            site.filters().forEach(fuseki::addFilter);
            site.servlets().forEach(fuseki::addServlet);
            new SparqlUi(site.page(), new LibraryExampleQueries(QueryLibrary.bundled(), iris)).servlets().forEach(fuseki::addServlet);
            new Feeds(store, iris).filters().forEach(fuseki::addFilter);
            store.patchLog().ifPresent(log -> fuseki.addServlet("/patches/*", new PatchLogServlet(log)));
            if (adminPassword != null) {
                AuthPolicy admin = Auth.policyAllowSpecific(ADMIN_USER);
                fuseki.addEndpoint(ROOT, "update", Operation.Update, admin)
                        .addEndpoint(ROOT, "store", Operation.GSP_RW, admin)
                        .securityHandler(securityHandler(adminPassword));
            }
            return new CatalogueServer(fuseki.build(), site);
        }

        /** The filters before the endpoints, in order: security headers, rate per client, body size, kept answers, concurrent queries. */
        private void addEndpointFilters(FusekiServer.Builder fuseki) {
            fuseki.addFilter("/*", new SecurityHeaders());
            if (rateLimit != null) {
                ClientRateLimit perClient = new ClientRateLimit(rateLimit);
                RATE_LIMITED_PATHS.forEach(path -> fuseki.addFilter(path, perClient));
            }
            RequestBodyLimit body = new RequestBodyLimit(maxBodyBytes);
            BODY_LIMITED_PATHS.forEach(path -> fuseki.addFilter(path, body));
            if (queryCacheBytes > 0) {
                QueryCacheFilter cache = new QueryCacheFilter(store, queryCacheBytes, queryCacheBytes / 8);
                fuseki.addFilter("/sparql", cache).addFilter("/query", cache);
            }
            QueryConcurrencyLimit concurrency = new QueryConcurrencyLimit(maxConcurrentQueries, queueWait,
                    Math.max(1, queryTimeout.toSeconds() / 2));
            QUERY_PATHS.forEach(path -> fuseki.addFilter(path, concurrency));
        }

        private static ConstraintSecurityHandler securityHandler(String password) {
            UserStore users = JettySecurityLib.makeUserStore(ADMIN_USER, password);
            ConstraintSecurityHandler handler = JettySecurityLib.makeSecurityHandler("SlimCat", users, AuthScheme.BASIC);
            for (String path : new String[] {"/update", "/store", "/store/*"}) {
                JettySecurityLib.addPathConstraint(handler, path);
            }
            return handler;
        }
    }
}
