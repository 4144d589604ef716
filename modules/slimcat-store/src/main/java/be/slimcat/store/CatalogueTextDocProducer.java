// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.TextDocProducerTriples;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.changes.TextQuadAction;

/**
 * Keeps the text index to the catalogue's own texts: the literals of the quality graphs
 * ({@code {base}/graph/quality} and {@code {base}/graph/quality/...}, whatever the base: the path is
 * reserved, see ontologies/MODEL.md) are not indexed. Their messages and fix suggestions are read by the
 * record they describe, never searched, and replacing them every night would otherwise rewrite a large
 * part of the index.
 */
final class CatalogueTextDocProducer extends TextDocProducerTriples {
    private static final String QUALITY = "/graph/quality";

    CatalogueTextDocProducer(TextIndex index) {
        super(index);
    }

    @Override
    public void change(TextQuadAction action, Node g, Node s, Node p, Node o) {
        if (!isQualityGraph(g)) {
            super.change(action, g, s, p, o);
        }
    }

    /** Whether the graph is a quality graph: its IRI ends with {@code /graph/quality} or holds {@code /graph/quality/}. */
    static boolean isQualityGraph(Node graph) {
        if (graph == null || !graph.isURI()) {
            return false;
        }
        String iri = graph.getURI();
        return iri.endsWith(QUALITY) || iri.contains(QUALITY + "/");
    }
}
