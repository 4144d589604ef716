// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.dqv;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;

import be.slimcat.vocab.SCQ;
import be.slimcat.vocab.SlimcatIris;

/**
 * Mints measurement IRIs deterministically: {@code {base}/id/meting/{hash}-{metric}}, where {@code hash}
 * is the first 24 hex digits of the SHA-256 of the run IRI, a line feed and the record IRI (UTF-8),
 * and {@code metric} the local name of the scq: metric. The same run, record and metric always give
 * the same IRI; another run gives another IRI, so runs never overwrite each other.
 */
public final class MeasurementIris {
    private final SlimcatIris iris;

    /** Minting under the given IRI policy. */
    public MeasurementIris(SlimcatIris iris) {
        this.iris = iris;
    }

    /** The IRI of the measurement of a metric on a record in a run. */
    public Node measurement(Node run, Node record, Resource metric) {
        if (!run.isURI() || !record.isURI()) {
            throw new IllegalArgumentException("Measurements are minted for IRIs only, got " + run + " and " + record);
        }
        if (!metric.getURI().startsWith(SCQ.NS)) {
            throw new IllegalArgumentException("Not a SlimCat quality metric: " + metric);
        }
        return iris.thing("meting", hash(run.getURI() + "\n" + record.getURI()) + "-" + metric.getLocalName());
    }

    /**
     * The IRI of the SHACL validation report of a record in a run: {@code {base}/id/validatierapport/{hash}},
     * hashed as for measurements; a record that is a blank node is named by its label in the store.
     */
    public Node validationReport(Node run, Node record) {
        if (!run.isURI() || !(record.isURI() || record.isBlank())) {
            throw new IllegalArgumentException("Reports are minted for a run IRI and a record IRI or blank node, got "
                    + run + " and " + record);
        }
        String name = record.isURI() ? record.getURI() : "_:" + record.getBlankNodeLabel();
        return iris.thing("validatierapport", hash(run.getURI() + "\n" + name));
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no SHA-256", e);
        }
    }
}
