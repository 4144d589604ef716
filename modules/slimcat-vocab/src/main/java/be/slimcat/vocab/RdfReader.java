// SPDX-License-Identifier: Apache-2.0
package be.slimcat.vocab;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * Reads RDF documents in any syntax Jena knows, rebasing SlimCat IRIs to the configured base.
 * Errors become an {@link RdfSyntaxException} naming document, line and column; recoverable
 * problems are returned as {@link ParseWarning}s.
 */
public final class RdfReader {
    private final SlimcatIris iris;

    public RdfReader(SlimcatIris iris) {
        this.iris = iris;
    }

    /** The syntax for a file name by its extension (.ttl, .nt, .nq, .trig, .rdf, .owl, .xml, .jsonld, .json, .n3). */
    public static Lang syntaxOf(String fileName) {
        Lang lang = RDFLanguages.filenameToLang(fileName);
        if (lang == null || !RDFLanguages.isQuads(lang) && !RDFLanguages.isTriples(lang)) {
            throw new UnsupportedSyntaxException("Cannot tell the RDF syntax of '" + fileName
                    + "' from its extension (use .ttl, .nt, .nq, .trig, .rdf, .jsonld, or give --lang)");
        }
        return lang;
    }

    /** The syntax for a name such as {@code turtle}, {@code ttl}, {@code rdfxml} or {@code jsonld}. */
    public static Lang syntaxNamed(String name) {
        Lang lang = RDFLanguages.shortnameToLang(name);
        if (lang == null) {
            lang = RDFLanguages.fileExtToLang(name);
        }
        if (lang == null) {
            throw new UnsupportedSyntaxException("Unknown RDF syntax '" + name
                    + "' (use turtle, ntriples, nquads, trig, rdfxml or jsonld)");
        }
        return lang;
    }

    /** Reads a file; the syntax comes from {@code lang}, or from the extension when {@code lang} is null. */
    public ParsedRdf read(Path file, Lang lang) {
        if (!Files.isRegularFile(file)) {
            throw new ResourceNotFoundException("File not found: " + file + " (check the path)");
        }
        Lang syntax = lang != null ? lang : syntaxOf(file.getFileName().toString());
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in, syntax, file.toAbsolutePath().toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Reads bytes from a bundled resource or a download; {@code baseIri} resolves relative IRIs. */
    public ParsedRdf read(String document, byte[] content, Lang lang, String baseIri) {
        return read(document, new ByteArrayInputStream(content), lang, baseIri);
    }

    private ParsedRdf read(String document, InputStream in, Lang lang, String baseIri) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        CollectingErrorHandler errors = new CollectingErrorHandler(document);
        try {
            RDFParser.source(in)
                    .lang(lang)
                    .base(baseIri)
                    .errorHandler(errors)
                    .parse(new RebasingStreamRDF(StreamRDFLib.dataset(dataset), iris));
        } catch (RdfSyntaxException e) {
            throw e;
        } catch (RiotException e) {
            throw new RdfSyntaxException(document, -1, -1, e.getMessage());
        } catch (RuntimeException e) {
            // Jena's parsers can fail on bad input with other exceptions, e.g. the RDF/XML parser on
            // xml:lang="nl_BE" (an IllegalFormatConversionException while it words the error).
            throw new RdfSyntaxException(document, -1, -1, "the " + lang.getLabel() + " parser failed on this input ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                    + "); check language tags and IRIs");
        }
        return new ParsedRdf(document, dataset, errors.warnings);
    }

    /** Throws on errors (with position), keeps warnings. */
    private static final class CollectingErrorHandler implements ErrorHandler {
        private final String document;
        private final List<ParseWarning> warnings = new ArrayList<>();

        CollectingErrorHandler(String document) {
            this.document = document;
        }

        @Override
        public void warning(String message, long line, long col) {
            warnings.add(new ParseWarning(document, line, col, message));
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RdfSyntaxException(document, line, col, message);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RdfSyntaxException(document, line, col, message);
        }
    }
}
