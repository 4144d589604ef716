// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;

/** What the last good run of a source stored: each record identifier with its content hash. */
public final class PreviousHarvest {
    private static final Query RECORD_HASHES = load("record-hashes.rq");

    private PreviousHarvest() {}

    /** The identifiers and hashes of the catalogue records in a source's graph. */
    public static Map<String, String> recordHashes(Graph sourceGraph) {
        Map<String, String> hashes = new HashMap<>();
        QueryExec.graph(sourceGraph).query(RECORD_HASHES).select()
                .forEachRemaining(row -> hashes.put(row.get("id").getLiteralLexicalForm(),
                        row.get("hash").getLiteralLexicalForm()));
        return hashes;
    }

    private static Query load(String name) {
        try (InputStream in = PreviousHarvest.class.getResourceAsStream("queries/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing query resource " + name);
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read query resource " + name, e);
        }
    }
}
