// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateRequest;
import org.junit.jupiter.api.Assumptions;

import be.slimcat.store.remote.RemoteService;

/**
 * The store the tests run on: by default the embedded TDB2 store in the test's directory; with
 * {@code -Dslimcat.test.store=URL} (and {@code -Dslimcat.test.store-gsp=URL} when the Graph Store Protocol is
 * elsewhere) the remote SPARQL service at that URL, emptied before each test that opens a new store, so that
 * the same tests prove both modes ({@code .ci/remote-suite} starts a Fuseki or a Virtuoso and runs them).
 */
public final class StoreUnderTest {
    private static final String URL = System.getProperty("slimcat.test.store", "");
    private static final String GSP = System.getProperty("slimcat.test.store-gsp", URL);
    /** The graphs a Virtuoso keeps for itself: they stay. */
    private static final List<String> SERVICE_GRAPHS = List.of("http://www.openlinksw.com/", "http://www.w3.org/ns/ldp",
            "http://localuriqaserver/");
    private static final Query GRAPHS = QueryFactory.create("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }");
    /** The file a store's directory holds once the store has been opened in it. */
    private static final String OPENED = "lucene";

    private StoreUnderTest() {}

    /** True when the tests run on a remote service. */
    public static boolean remote() {
        return !URL.isEmpty();
    }

    /** Skips the calling test on a remote store: it proves something only the embedded TDB2 store does. */
    public static void assumeEmbedded(String why) {
        Assumptions.assumeFalse(remote(), "embedded store only: " + why);
    }

    /** The remote service under test. */
    public static RemoteService service() {
        return RemoteService.at(URI.create(URL)).withGraphStore(URI.create(GSP));
    }

    /**
     * Opens the store kept in {@code directory}: the embedded store, or the remote service with its text
     * index in the directory (emptied when no store was opened in the directory yet, as a new embedded store
     * would be).
     */
    public static CatalogueStore open(Path directory) {
        if (!remote()) {
            return CatalogueStore.open(directory);
        }
        if (!Files.exists(directory.resolve(OPENED))) {
            empty();
        }
        return CatalogueStore.connect(service(), directory, "");
    }

    /**
     * The command-line arguments for {@code args}, where each {@code --store DIR} becomes the remote service
     * with {@code --work-dir DIR} (emptied when no store was opened in DIR yet).
     */
    public static String[] commandLine(String... args) {
        if (!remote()) {
            return args;
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--store") && i + 1 < args.length && !args[i + 1].startsWith("http")) {
                Path directory = Path.of(args[++i]);
                if (!Files.exists(directory.resolve(OPENED))) {
                    empty();
                }
                result.addAll(List.of("--store", URL, "--store-gsp", GSP, "--work-dir", directory.toString()));
            } else {
                result.add(args[i]);
            }
        }
        return result.toArray(String[]::new);
    }

    /** Drops every graph of the remote service but those it keeps for itself. */
    private static void empty() {
        List<Node> graphs;
        try (QueryExecHTTP exec = QueryExecHTTP.service(URL).query(GRAPHS).build()) {
            graphs = Iter.toList(Iter.map(exec.select(), row -> row.get("g")));
        }
        UpdateRequest drops = new UpdateRequest();
        graphs.stream().filter(g -> SERVICE_GRAPHS.stream().noneMatch(g.getURI()::startsWith))
                .forEach(g -> drops.add(new UpdateDrop(g, true)));
        if (!drops.getOperations().isEmpty()) {
            UpdateExecHTTP.service(URL).update(drops).execute();
        }
    }
}
