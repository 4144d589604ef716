// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.sparqlui;

import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

import be.slimcat.vocab.BundledFile;

/**
 * The prefixes the bundled ontologies and concept schemes declare ({@code sc:}, {@code dcat:},
 * {@code dct:}, ...), offered by the editor's prefix completion instead of prefix.cc, which the
 * SPARQL UI never calls.
 */
final class VocabularyPrefixes {
    private VocabularyPrefixes() {}

    /** Prefix to namespace, sorted by prefix; a prefix declared twice keeps its first namespace. */
    static Map<String, String> declared() {
        Map<String, String> prefixes = new TreeMap<>();
        for (BundledFile file : BundledFile.list("ontologies", ".ttl")) {
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.fromString(new String(file.content(), java.nio.charset.StandardCharsets.UTF_8), Lang.TURTLE)
                    .base(file.baseIri()).parse(graph);
            graph.getPrefixMapping().getNsPrefixMap().forEach((prefix, namespace) -> {
                if (!prefix.isEmpty()) {
                    prefixes.putIfAbsent(prefix, namespace);
                }
            });
        }
        return prefixes;
    }
}
