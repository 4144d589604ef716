// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.patch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;

import be.slimcat.store.CatalogueStore;

/** Data and helpers shared by the patch tests. */
final class PatchFixtures {
    static final Node G1 = NodeFactory.createURI("https://data.slimcat.be/graph/a");
    static final Node G2 = NodeFactory.createURI("https://data.slimcat.be/graph/b");
    static final Node TITLE = NodeFactory.createURI("http://purl.org/dc/terms/title");

    private PatchFixtures() {}

    static Graph turtle(String ttl) {
        return RDFParser.fromString("@prefix dct: <http://purl.org/dc/terms/> . " + ttl, Lang.TURTLE).toGraph();
    }

    /** The quad {@code <http://example.org/{s}> dct:title '{title}'} in graph g. */
    static Quad title(Node g, String s, String title) {
        return Quad.create(g, NodeFactory.createURI("http://example.org/" + s), TITLE, NodeFactory.createLiteralString(title));
    }

    static ReadPatch patch(CatalogueStore store, long sequence) {
        Path file = store.patchLog().orElseThrow().file(sequence).orElseThrow();
        try (InputStream in = Files.newInputStream(file)) {
            return ReadPatch.from(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long latest(CatalogueStore store) {
        return store.patchLog().orElseThrow().latest().map(PatchEntry::sequence).orElse(0L);
    }

    static Set<Quad> quads(CatalogueStore store) {
        return store.read(dsg -> {
            Set<Quad> all = new HashSet<>();
            dsg.find().forEachRemaining(all::add);
            return all;
        });
    }

    /** Applies the primary's patches that the replica lacks, in order. */
    static void catchUp(CatalogueStore primary, ReplicaUpdater replica) {
        PatchLog log = primary.patchLog().orElseThrow();
        long latest = log.latest().map(PatchEntry::sequence).orElse(0L);
        for (long n = replica.next(); n <= latest; n++) {
            try (InputStream in = Files.newInputStream(log.file(n).orElseThrow())) {
                replica.apply(n, in, "the test primary");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
