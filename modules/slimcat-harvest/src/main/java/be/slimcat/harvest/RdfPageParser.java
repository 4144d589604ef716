// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;

import com.apicatalog.jsonld.JsonLdOptions;

import be.slimcat.harvest.rdf.BundledContexts;
import be.slimcat.harvest.rdf.LenientRdfParser;
import be.slimcat.harvest.rdf.ParseFailure;
import be.slimcat.harvest.rdf.ParseNote;
import be.slimcat.harvest.rdf.RdfPage;
import be.slimcat.vocab.RdfSyntaxException;

/**
 * Parses a downloaded RDF page with an explicit syntax and never touches the network or the file
 * system: JSON-LD remote contexts are served from {@link BundledContexts} or refused, and RDF/XML
 * is read without external entities. A Turtle, TriG, RDF/XML or N-Triples page that Jena's parser
 * refuses is read again by the {@link LenientRdfParser}, which reports what it repaired or left out.
 */
public final class RdfPageParser {
    private RdfPageParser() {}

    /** The syntax of a page from its media type, its URL's extension, or a look at its first bytes. */
    public static Lang syntaxOf(String mediaType, URI uri, byte[] body) {
        Lang byType = mediaType == null || mediaType.isEmpty() ? null : RDFLanguages.contentTypeToLang(mediaType);
        if (byType != null) {
            return byType;
        }
        if ("application/json".equals(mediaType)) {
            return Lang.JSONLD;
        }
        Lang byName = uri.getPath() == null ? null : RDFLanguages.filenameToLang(uri.getPath());
        if (byName != null) {
            return byName;
        }
        String start = new String(body, 0, Math.min(body.length, 512), StandardCharsets.UTF_8).stripLeading()
                .toLowerCase(Locale.ROOT);
        if (start.startsWith("<?xml") || start.startsWith("<rdf:rdf")) {
            return Lang.RDFXML;
        }
        if (start.startsWith("{") || start.startsWith("[")) {
            return Lang.JSONLD;
        }
        return Lang.TURTLE;
    }

    /**
     * Reads the page: with Jena's parser, or leniently when Jena's parser refuses it and the syntax
     * allows (see {@link RdfPage#lenient()}).
     *
     * @throws RdfSyntaxException when the page cannot be read; it names the page, the line and
     *                            column where Jena's parser stopped and its reason, and where and
     *                            why the lenient parser stopped when it tried too
     */
    public static RdfPage read(byte[] body, Lang lang, URI base) {
        Graph graph = GraphFactory.createDefaultGraph();
        List<ParseNote> notes = new ArrayList<>();
        Context context = new Context();
        if (lang.equals(Lang.JSONLD) || lang.equals(Lang.JSONLD11)) {
            JsonLdOptions options = new JsonLdOptions();
            options.setDocumentLoader(BundledContexts.bundled().loaderFor(base, notes));
            context.set(LangJSONLD11.JSONLD_OPTIONS, options);
        }
        FirstError errors = new FirstError();
        try {
            RDFParser.source(new ByteArrayInputStream(body))
                    .lang(lang)
                    .base(base.toString())
                    .context(context)
                    .errorHandler(errors)
                    .parse(graph);
            return RdfPage.strict(graph, notes);
        } catch (RuntimeException e) {
            // a RiotException, or a crash on odd input (Jena 5.6 throws IllegalFormatConversionException
            // on an RDF/XML xml:lang such as "nl_BE")
            ParseFailure strict = errors.first != null ? errors.first
                    : new ParseFailure(-1, -1, e instanceof RiotException ? e.getMessage() : "the parser crashed: " + e);
            graph.clear(); // what Jena read before it stopped is read again; free it first
            if (!LenientRdfParser.supports(lang)) {
                throw new RdfSyntaxException(base.toString(), strict.line(), strict.column(), strict.reason());
            }
            return LenientRdfParser.read(body, lang, base, strict);
        }
    }

    /** Stops at the first error and remembers where it was; warnings are not reported. */
    private static final class FirstError implements ErrorHandler {
        private ParseFailure first;

        @Override
        public void warning(String message, long line, long col) {
            // ill-typed literals and unusual IRIs are kept, as before; the record normaliser reports what it repairs
        }

        @Override
        public void error(String message, long line, long col) {
            fatal(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            if (first == null) {
                first = new ParseFailure(line, col, message);
            }
            throw new RiotException(new ParseFailure(line, col, message).describe());
        }
    }
}
