// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * SHA-256 over the sorted N-Triples lines of a graph with every blank node written as {@code _:b}:
 * the same record harvested twice hashes the same whatever the order of its triples and the labels
 * the parser gave its blank nodes.
 */
public final class ContentHash {
    private ContentHash() {}

    /** The hash of a record graph. */
    public static String of(Graph graph) {
        List<String> lines = new ArrayList<>(graph.size());
        graph.find().forEachRemaining(t -> lines.add(line(t)));
        lines.sort(null);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                digest.update(line.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Sixteen hex digits of SHA-256: a stable, IRI-safe key for a text such as a record identifier. */
    public static String shortKey(String text) {
        return HexFormat.of().formatHex(sha256(text), 0, 8);
    }

    /** SHA-256 of a text's UTF-8 bytes, in hex. */
    static String ofText(String text) {
        return HexFormat.of().formatHex(sha256(text));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String line(Triple t) {
        return term(t.getSubject()) + " " + term(t.getPredicate()) + " " + term(t.getObject());
    }

    private static String term(Node n) {
        return n.isBlank() ? "_:b" : FmtUtils.stringForNode(n);
    }
}
