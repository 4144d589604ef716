// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.nio.file.Path;

import be.slimcat.store.CatalogueStore;
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

    @Option(names = "--store", paramLabel = "DIR",
            description = "Store directory (default: $SLIMCAT_STORE, else $XDG_DATA_HOME/slimcat/store,"
                    + " else ~/.local/share/slimcat/store).")
    Path store;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = "${env:SLIMCAT_BASE}",
            description = "Base of the IRIs SlimCat mints (default: $SLIMCAT_BASE, else " + SlimcatIris.DEFAULT_BASE + ").")
    String base;

    SlimcatIris iris() {
        return base == null || base.isBlank() ? SlimcatIris.defaults() : SlimcatIris.withBase(base);
    }

    Path storeDirectory() {
        return store != null ? store : defaultStore();
    }

    /** Opens the store, after checking the base IRI so that a bad --base fails before anything is touched. */
    CatalogueStore openStore() {
        return openStore(false);
    }

    /** Opens the store as {@link #openStore()} does, first starting its patch log when asked and it has none. */
    CatalogueStore openStore(boolean startPatchLog) {
        iris();
        return CatalogueStore.open(storeDirectory(), startPatchLog);
    }
}
