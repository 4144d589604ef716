// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.rdf;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;

/**
 * One parsed page of a feed.
 *
 * @param graph   its triples
 * @param notes   what was repaired, read past or left out (empty for a clean page)
 * @param lenient for a page that Jena's parser refused and the lenient parser read: where and why
 *                Jena's parser stopped, and how much the lenient parser kept (its line and excerpt
 *                are those of the place Jena's parser stopped)
 */
public record RdfPage(Graph graph, List<ParseNote> notes, Optional<ParseNote> lenient) {
    public RdfPage {
        notes = List.copyOf(notes);
    }

    /** A page Jena's parser read. */
    public static RdfPage strict(Graph graph, List<ParseNote> notes) {
        return new RdfPage(graph, notes, Optional.empty());
    }

    /** A page the lenient parser read after Jena's parser stopped with {@code strictFailure}. */
    static RdfPage lenient(Graph graph, List<ParseNote> notes, ParseFailure strictFailure, String excerpt) {
        return new RdfPage(graph, notes, Optional.of(new ParseNote(strictFailure.line(),
                "read by the lenient parser (RDF4J Rio) because Jena's parser refused it (" + strictFailure.describe() + "); "
                        + graph.size() + " triple(s) kept, " + notes.size() + " problem(s) listed", excerpt)));
    }
}
