// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test fixtures from {@code src/test/resources}. */
public final class Fixtures {
    private Fixtures() {}

    /** Each record identifier of a run with the IRI of its dataset, from the run's catalogue records. */
    public static java.util.Map<String, String> subjects(HarvestRun run) {
        return catalogRecordValues(run, org.apache.jena.sparql.vocabulary.FOAF.primaryTopic.asNode());
    }

    /** The record identifiers of a run, from the dct:identifier of its staged catalogue records. */
    public static java.util.Set<String> recordIds(HarvestRun run) {
        return subjects(run).keySet();
    }

    /** Each record identifier of a run with its content hash, from the run's catalogue records. */
    public static java.util.Map<String, String> hashes(HarvestRun run) {
        return catalogRecordValues(run, HarvestVocabulary.contentHash);
    }

    private static java.util.Map<String, String> catalogRecordValues(HarvestRun run, org.apache.jena.graph.Node property) {
        org.apache.jena.graph.Graph g = graphOf(run);
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        g.find(null, org.apache.jena.vocabulary.DCTerms.identifier.asNode(), null).forEachRemaining(t -> {
            if (g.contains(t.getSubject(), org.apache.jena.vocabulary.RDF.type.asNode(), org.apache.jena.vocabulary.DCAT.CatalogRecord.asNode())) {
                org.apache.jena.graph.Node value = org.apache.jena.system.G.getOneSP(g, t.getSubject(), property);
                values.put(t.getObject().getLiteralLexicalForm(), value.isURI() ? value.getURI() : value.getLiteralLexicalForm());
            }
        });
        return values;
    }

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
