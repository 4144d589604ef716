// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test fixtures from {@code src/test/resources}. */
public final class Fixtures {
    private Fixtures() {}

    /** The whole graph a run would store, in memory (for small test sources). */
    public static org.apache.jena.graph.Graph graphOf(HarvestRun run) {
        org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        var it = run.sourceGraph();
        try {
            it.forEachRemaining(g::add);
        } finally {
            it.close();
        }
        return g;
    }

    public static String text(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
