// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.ld;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;

import be.slimcat.store.CatalogueStore;
import be.slimcat.vocab.SlimcatIris;

/**
 * Human labels of properties and classes: their rdfs:label in the vocabulary graph
 * ({@code {base}/graph/vocabulary}, which labels the sc: and scq: terms), else the bundled
 * {@code term-labels.ttl} (Dutch and English labels of the reused DCAT, DCMI, ORG, SKOS, PROV … terms).
 */
final class TermLabels {
    private static final BoundQuery TERM_LABELS = BoundQuery.of("term-labels");

    private final CatalogueStore store;
    private final Node vocabularyGraph;
    private final Graph bundled;

    TermLabels(CatalogueStore store, SlimcatIris iris) {
        this.store = store;
        this.vocabularyGraph = iris.vocabularyGraph();
        this.bundled = GraphFactory.createDefaultGraph();
        try (InputStream in = TermLabels.class.getResourceAsStream("term-labels.ttl")) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(bundled);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read term-labels.ttl", e);
        }
    }

    /** The labels of the terms. */
    Labels of(Collection<Node> terms) {
        Labels labels = new Labels();
        store.readWith(dsg -> {
            for (Binding row : TERM_LABELS.select(dsg, Map.of("vocabularyGraph", vocabularyGraph), "term", terms)) {
                labels.add(row.get("term"), RDFS.label.asNode(), row.get("label"));
            }
        });
        for (Node term : terms) {
            if (!labels.has(term)) {
                bundled.find(term, RDFS.label.asNode(), Node.ANY)
                        .forEachRemaining(t -> labels.add(term, RDFS.label.asNode(), t.getObject()));
            }
        }
        return labels;
    }
}
