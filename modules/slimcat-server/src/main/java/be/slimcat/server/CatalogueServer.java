// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server;

import java.net.BindException;
import java.time.Duration;
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

import be.slimcat.server.sparqlui.LibraryExampleQueries;
import be.slimcat.server.sparqlui.SparqlUi;
import be.slimcat.server.feeds.Feeds;
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
 * CORS is on, so browser query clients can use the endpoint. Federated {@code SERVICE} is off unless enabled.
 */
public final class CatalogueServer {
    /** The user name for the admin endpoints. */
    public static final String ADMIN_USER = "admin";
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
        private String adminPassword;
        private boolean serviceAllowed;
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

        /** Enables {@code /update} and {@code /store} for user {@value #ADMIN_USER}. Default: disabled. */
        public Builder adminPassword(String password) {
            this.adminPassword = password == null || password.isEmpty() ? null : password;
            return this;
        }

        /** Whether queries may call remote endpoints with {@code SERVICE}. Default false. */
        public Builder serviceAllowed(boolean allowed) {
            this.serviceAllowed = allowed;
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
            context.set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
            context.set(ARQ.httpServiceAllowed, serviceAllowed);
            ARQ.getContext().set(ARQ.httpServiceAllowed, serviceAllowed);

            FusekiServer.Builder fuseki = FusekiServer.create()
                    .port(port)
                    .loopback(loopbackOnly)
                    .enableCors(true)
                    .enablePing(true)
                    .registerOperation(Operation.Query, new CappedQueryService(resultLimit))
                    .addDataset(ROOT, store.dataset())
                    .addEndpoint(ROOT, "sparql", Operation.Query)
                    .addEndpoint(ROOT, "query", Operation.Query)
                    .addEndpoint(ROOT, "data", Operation.GSP_R)
                    .addServlet("/health", new HealthServlet(store));
            WebSite site = new WebSite(store, iris);
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
