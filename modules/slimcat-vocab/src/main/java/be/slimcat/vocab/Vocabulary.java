// SPDX-License-Identifier: Apache-2.0
package be.slimcat.vocab;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.graph.GraphFactory;

/** The bundled ontology and concept schemes ({@code ontologies/}) as one graph. */
public final class Vocabulary {
    private Vocabulary() {}

    /** Reads every bundled ontology and concept-scheme file, rebased to the given IRI policy. */
    public static Graph load(SlimcatIris iris) {
        RdfReader reader = new RdfReader(iris);
        Graph graph = GraphFactory.createDefaultGraph();
        for (BundledFile file : BundledFile.list("ontologies", ".ttl")) {
            ParsedRdf parsed = reader.read("ontologies/" + file.path(), file.content(), Lang.TURTLE, file.baseIri());
            parsed.graph().find().forEachRemaining(graph::add);
        }
        return graph;
    }
}
