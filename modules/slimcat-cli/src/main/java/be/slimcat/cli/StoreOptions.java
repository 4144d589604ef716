// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;

import be.slimcat.store.CatalogueStore;
import be.slimcat.store.remote.RemoteService;
import be.slimcat.vocab.SlimcatIris;
import picocli.CommandLine.Option;

/** Where the store is and which base IRI SlimCat mints, shared by every command that needs them. */
final class StoreOptions {
    /** The default store directory: {@code $SLIMCAT_STORE}, else {@code $XDG_DATA_HOME/slimcat/store}. */
    static Path defaultStore() {
        String configured = System.getenv("SLIMCAT_STORE");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path data = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return data.resolve("slimcat").resolve("store");
    }

    @Option(names = "--store", paramLabel = "DIR|URL",
            description = "Store directory (default: $SLIMCAT_STORE, else $XDG_DATA_HOME/slimcat/store,"
                    + " else ~/.local/share/slimcat/store), or the URL of a SPARQL 1.1 service holding the store"
                    + " (query and update; Fuseki: http://host:3030/ds, Virtuoso: http://host:8890/sparql).")
    String store;

    @Option(names = "--store-gsp", paramLabel = "URL",
            description = "Graph Store Protocol endpoint of a remote store (default: the --store URL;"
                    + " Virtuoso: http://host:8890/sparql-graph-crud).")
    URI graphStore;

    @Option(names = "--store-user", paramLabel = "USER", defaultValue = "${env:SLIMCAT_STORE_USER}",
            description = "User for a remote store that asks for one; the password is read from"
                    + " $SLIMCAT_STORE_PASSWORD (default: $SLIMCAT_STORE_USER).")
    String user;

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "With a remote store: where its text index and the harvests' working files are kept"
                    + " (default: remote/<host>-<port> beside the default store directory).")
    Path workDirectory;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = "${env:SLIMCAT_BASE}",
            description = "Base of the IRIs SlimCat mints (default: $SLIMCAT_BASE, else " + SlimcatIris.DEFAULT_BASE + ").")
    String base;

    SlimcatIris iris() {
        return base == null || base.isBlank() ? SlimcatIris.defaults() : SlimcatIris.withBase(base);
    }

    Path storeDirectory() {
        return store != null ? Path.of(store) : defaultStore();
    }

    /** The remote service given by {@code --store URL}, when the store is remote. */
    Optional<RemoteService> remoteService() {
        String location = store != null ? store : System.getenv("SLIMCAT_STORE");
        if (location == null || !(location.startsWith("http://") || location.startsWith("https://"))) {
            if (graphStore != null || workDirectory != null) {
                throw new UsageException("--store-gsp and --work-dir go with a remote store (--store http://...)");
            }
            return Optional.empty();
        }
        URI url;
        try {
            url = new URI(location);
        } catch (URISyntaxException e) {
            throw new UsageException("--store " + location + " is not a URL: " + e.getMessage());
        }
        RemoteService service = RemoteService.at(url);
        if (graphStore != null) {
            service = service.withGraphStore(graphStore);
        }
        if (user != null && !user.isBlank()) {
            String password = System.getenv("SLIMCAT_STORE_PASSWORD");
            if (password == null) {
                throw new UsageException("--store-user " + user + " needs the password in $SLIMCAT_STORE_PASSWORD");
            }
            service = service.withCredentials(user, password);
        }
        return Optional.of(service);
    }

    private Path workDirectory(URI service) {
        if (workDirectory != null) {
            return workDirectory;
        }
        String name = service.getHost() + "-" + (service.getPort() < 0 ? service.getScheme() : service.getPort());
        return defaultStore().resolveSibling("remote").resolve(name.replaceAll("[^A-Za-z0-9.-]", "_"));
    }

    /** Opens the store, after checking the base IRI so that a bad --base fails before anything is touched. */
    CatalogueStore openStore() {
        return openStore(false);
    }

    /** Opens the store as {@link #openStore()} does, first starting its patch log when asked and it has none. */
    CatalogueStore openStore(boolean startPatchLog) {
        SlimcatIris iris = iris();
        Optional<RemoteService> remote = remoteService();
        if (remote.isPresent()) {
            if (startPatchLog) {
                throw new UsageException("A remote store has no patch log: its service keeps replicas in step");
            }
            return CatalogueStore.connect(remote.get(), workDirectory(remote.get().query()), iris.graphNamespace());
        }
        return CatalogueStore.open(storeDirectory(), startPatchLog);
    }
}
