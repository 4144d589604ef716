// SPDX-License-Identifier: Apache-2.0
package be.slimcat.vocab;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;

/** The result of reading one RDF document: its data and the warnings the parser gave. */
public record ParsedRdf(String document, DatasetGraph dataset, List<ParseWarning> warnings) {
    public ParsedRdf {
        warnings = List.copyOf(warnings);
    }

    /** The default graph (all the data of a triples document). */
    public Graph graph() {
        return dataset.getDefaultGraph();
    }

    /** True when the document declared named graphs (TriG, N-Quads, JSON-LD with @graph names). */
    public boolean hasNamedGraphs() {
        return dataset.listGraphNodes().hasNext();
    }
}
