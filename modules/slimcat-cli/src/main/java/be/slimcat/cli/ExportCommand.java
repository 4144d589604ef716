// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;

import be.slimcat.store.CatalogueStore;
import be.slimcat.store.catalog.CatalogueFeed;
import be.slimcat.vocab.ResourceNotFoundException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true, description = {
    "Write one named graph, the whole store, or SlimCat's DCAT-AP 3 catalogue, as RDF.",
    "Without --graph the whole store is written as quads (nq or trig).",
    "With --catalog the catalogue served at /catalog is written, all pages as one document (ttl, nt, jsonld or rdfxml)."})
final class ExportCommand implements Callable<Integer> {
    enum Format {
        ttl(Lang.TURTLE), nt(Lang.NTRIPLES), nq(Lang.NQUADS), trig(Lang.TRIG), jsonld(Lang.JSONLD), rdfxml(Lang.RDFXML);

        final Lang lang;

        Format(Lang lang) {
            this.lang = lang;
        }
    }

    @Spec CommandSpec spec;
    @Mixin StoreOptions storeOptions;

    @Option(names = "--graph", paramLabel = "IRI", description = "The named graph to export (default: all graphs).")
    String graph;

    @Option(names = "--catalog", description = "Write SlimCat's DCAT-AP 3 catalogue (the feed of /catalog, all pages) instead of graphs.")
    boolean catalog;

    @Option(names = "--format", description = "ttl, nt, nq, trig, jsonld or rdfxml (default: ttl for one graph and for --catalog, nq for all).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to a file instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (catalog) {
            return writeCatalogue();
        }
        Format chosen = format != null ? format : graph == null ? Format.nq : Format.ttl;
        if (graph == null && !RDFLanguages.isQuads(chosen.lang)) {
            throw new UsageException("The whole store needs a quads format (--format nq or trig), or name one --graph");
        }
        try (CatalogueStore store = storeOptions.openStore()) {
            Node graphName = graph == null ? null : NodeFactory.createURI(graph);
            if (graphName != null && !store.containsGraph(graphName)) {
                throw new ResourceNotFoundException("The store has no graph <" + graph + ">"
                        + " (list the graphs with: slimcat query 'SELECT DISTINCT ?g { GRAPH ?g {} }')");
            }
            if (output == null) {
                spec.commandLine().getOut().flush();
                store.export(graphName, chosen.lang, System.out);
                System.out.flush();
            } else {
                try (OutputStream out = Files.newOutputStream(output)) {
                    store.export(graphName, chosen.lang, out);
                }
                spec.commandLine().getErr().println("Wrote " + output);
            }
        }
        return ExitCodes.OK;
    }

    private int writeCatalogue() throws IOException {
        if (graph != null) {
            throw new UsageException("--catalog writes the catalogue of the whole store: leave out --graph");
        }
        Format chosen = format != null ? format : Format.ttl;
        if (chosen == Format.nq || chosen == Format.trig) {
            throw new UsageException("The catalogue is one graph: use --format ttl, nt, jsonld or rdfxml with --catalog");
        }
        RDFFormat rdfFormat = switch (chosen) {
            case nt -> RDFFormat.NTRIPLES;
            case jsonld -> RDFFormat.JSONLD;
            case rdfxml -> RDFFormat.RDFXML_PLAIN;
            default -> RDFFormat.TURTLE_BLOCKS;
        };
        try (CatalogueStore store = storeOptions.openStore()) {
            CatalogueFeed feed = new CatalogueFeed(storeOptions.iris());
            if (output == null) {
                spec.commandLine().getOut().flush();
                feed.write(store, rdfFormat, System.out);
                System.out.flush();
            } else {
                try (OutputStream out = Files.newOutputStream(output)) {
                    feed.write(store, rdfFormat, out);
                }
                spec.commandLine().getErr().println("Wrote " + output);
            }
        }
        return ExitCodes.OK;
    }
}
