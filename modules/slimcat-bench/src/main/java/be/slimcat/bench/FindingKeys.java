// SPDX-License-Identifier: Apache-2.0
package be.slimcat.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.sparql.util.FmtUtils;

import be.slimcat.validation.Finding;

/**
 * Findings as a sorted multiset of 128-bit digests of (focus node, path, severity, source shape,
 * value), so that the findings of two validations of a large catalogue can be compared exactly
 * without keeping them as text.
 */
final class FindingKeys {
    /** One digest. */
    record Key(long high, long low) {}

    private static final Comparator<Key> ORDER = Comparator.comparingLong(Key::high).thenComparingLong(Key::low);

    private final Key[] keys;

    private FindingKeys(List<Key> keys) {
        this.keys = keys.toArray(Key[]::new);
        Arrays.sort(this.keys, ORDER);
    }

    /** The keys of the entries of a jena-shacl report; paths written with the shapes' prefixes. */
    static FindingKeys ofEntries(Iterable<ReportEntry> entries, PrefixMapping shapesPrefixes) {
        Prologue prologue = new Prologue(shapesPrefixes);
        MessageDigest md5 = md5();
        List<Key> keys = new ArrayList<>();
        for (ReportEntry e : entries) {
            Path path = e.resultPath();
            keys.add(key(md5, e.focusNode(), path == null ? "" : PathWriter.asString(path, prologue),
                    e.severity().level(), e.source(), e.value()));
        }
        return new FindingKeys(keys);
    }

    /** The keys of SlimCat findings. */
    static FindingKeys ofFindings(Iterable<Finding> findings) {
        MessageDigest md5 = md5();
        List<Key> keys = new ArrayList<>();
        for (Finding f : findings) {
            keys.add(key(md5, f.focusNode(), f.path(), f.severity().iri(), f.sourceShape(), f.value()));
        }
        return new FindingKeys(keys);
    }

    int size() {
        return keys.length;
    }

    /** The number of different findings. */
    long distinct() {
        long n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (i == 0 || !keys[i].equals(keys[i - 1])) {
                n++;
            }
        }
        return n;
    }

    /** True when both hold the same findings, each as often. */
    boolean sameAs(FindingKeys other) {
        return Arrays.equals(keys, other.keys);
    }

    private static Key key(MessageDigest md5, Node focus, String path, Node severity, Node shape, Node value) {
        String text = String.join("\u0001", FmtUtils.stringForNode(focus), path, FmtUtils.stringForNode(severity),
                shape == null ? "" : FmtUtils.stringForNode(shape), value == null ? "" : FmtUtils.stringForNode(value));
        ByteBuffer digest = ByteBuffer.wrap(md5.digest(text.getBytes(StandardCharsets.UTF_8)));
        return new Key(digest.getLong(), digest.getLong());
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }
}
