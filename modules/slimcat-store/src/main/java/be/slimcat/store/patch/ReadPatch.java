// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.patch;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.rdfpatch.PatchException;
import org.apache.jena.rdfpatch.RDFChanges;
import org.apache.jena.rdfpatch.RDFPatchConst;
import org.apache.jena.rdfpatch.text.RDFPatchReaderText;
import org.apache.jena.sparql.core.Quad;

/**
 * One patch of a log, read whole from its text: its id, the id it follows (null for the first patch)
 * and its changes. Only what a patch log writes is accepted: one transaction of quad changes.
 */
record ReadPatch(String id, String previous, ChangeSet changes) {

    /**
     * Reads a patch.
     *
     * @throws PatchException when the text is not a complete RDF Patch of one committed transaction with an id
     */
    static ReadPatch from(InputStream text) {
        Collector collector = new Collector();
        new RDFPatchReaderText(text).apply(collector);
        if (collector.id == null) {
            throw new PatchException("the patch has no 'H id' header");
        }
        if (collector.commits != 1) {
            throw new PatchException("the patch is incomplete: it does not end its transaction with TC");
        }
        return new ReadPatch(collector.id, collector.previous, new ChangeSet(collector.deleted, collector.added));
    }

    private static final class Collector implements RDFChanges {
        String id;
        String previous;
        int commits;
        final List<Quad> deleted = new ArrayList<>();
        final List<Quad> added = new ArrayList<>();

        @Override
        public void header(String field, Node value) {
            if (field.equals(RDFPatchConst.ID)) {
                id = uri(field, value);
            } else if (field.equals(RDFPatchConst.PREV) || field.equals("previous")) {
                previous = uri(field, value);
            }
        }

        private static String uri(String field, Node value) {
            if (!value.isURI()) {
                throw new PatchException("the header '" + field + "' is not an IRI: " + value);
            }
            return value.getURI();
        }

        @Override
        public void add(Node g, Node s, Node p, Node o) {
            added.add(quad(g, s, p, o));
        }

        @Override
        public void delete(Node g, Node s, Node p, Node o) {
            deleted.add(quad(g, s, p, o));
        }

        private Quad quad(Node g, Node s, Node p, Node o) {
            if (commits > 0) {
                throw new PatchException("the patch has changes after its TC");
            }
            return Quad.create(g == null ? Quad.defaultGraphIRI : g, s, p, o);
        }

        @Override
        public void txnCommit() {
            commits++;
        }

        @Override
        public void txnAbort() {
            throw new PatchException("the patch aborts its transaction (TA)");
        }

        @Override
        public void addPrefix(Node gn, String prefix, String uriStr) {}

        @Override
        public void deletePrefix(Node gn, String prefix) {}

        @Override
        public void txnBegin() {}

        @Override
        public void segment() {}

        @Override
        public void start() {}

        @Override
        public void finish() {}
    }
}
