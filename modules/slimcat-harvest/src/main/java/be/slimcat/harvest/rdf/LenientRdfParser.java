// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.rdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.rio.ParseErrorListener;
import org.eclipse.rdf4j.rio.ParserConfig;
import org.eclipse.rdf4j.rio.RDFParseException;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;
import org.eclipse.rdf4j.rio.helpers.BasicParserSettings;
import org.eclipse.rdf4j.rio.helpers.TurtleParserSettings;
import org.eclipse.rdf4j.rio.helpers.XMLParserSettings;
import org.eclipse.rdf4j.rio.ntriples.NTriplesParser;
import org.eclipse.rdf4j.rio.ntriples.NTriplesParserSettings;

import be.slimcat.vocab.RdfSyntaxException;

/**
 * Reads a Turtle, TriG, RDF/XML or N-Triples page that Jena's parser refused, with RDF4J Rio set to
 * go on past what it can: IRI syntax, datatype values and language tags are not verified by Rio
 * (the {@link RioToJena} boundary repairs or leaves out what Jena would refuse), unknown datatypes
 * and languages are accepted, an invalid N-Triples line is skipped, and RDF/XML attribute, name and
 * ID errors are read past ({@link LenientRdfXmlParser} also keeps the IRI of a property element that
 * has both {@code rdf:resource} and text). A prefix used without declaration is read as {@link UndeclaredPrefixes}
 * says. Everything Rio reports is noted with its line. External XML entities and DTDs are never
 * loaded. Statements in named graphs of a TriG page are left out, as Jena's parser leaves them out of
 * a graph.
 */
public final class LenientRdfParser {
    private LenientRdfParser() {}

    /** True for the syntaxes read leniently (not JSON-LD, not N-Quads). */
    public static boolean supports(Lang lang) {
        return lang.equals(Lang.TURTLE) || lang.equals(Lang.TRIG) || lang.equals(Lang.RDFXML) || lang.equals(Lang.NTRIPLES);
    }

    /**
     * Reads a page leniently.
     *
     * @param strictFailure why Jena's parser refused the page
     * @throws RdfSyntaxException when Rio cannot read it either; it names the strict parser's
     *                            position and reason, and the lenient parser's
     */
    public static RdfPage read(byte[] body, Lang lang, URI base, ParseFailure strictFailure) {
        PageLines lines = new PageLines(body);
        UndeclaredPrefixes prefixes = new UndeclaredPrefixes();
        RioToJena boundary = new RioToJena(lines);
        Graph graph = GraphFactory.createDefaultGraph();
        List<ParseNote> rioNotes = new ArrayList<>();
        Set<Long> linesWithStatements = new HashSet<>();
        long[] line = {1};
        long[] namedGraphStatements = {0};

        RDFParser parser = parser(lang, prefixes, rioNotes::add, lines);
        parser.setParserConfig(config());
        parser.setParseLocationListener((lineNo, columnNo) -> line[0] = lineNo);
        parser.setParseErrorListener(new ParseErrorListener() {
            @Override
            public void warning(String message, long lineNo, long columnNo) {
                long at = lineNo > 0 ? lineNo : line[0];
                rioNotes.add(new ParseNote(at, message + "; the lenient parser went on", lines.line(at)));
            }

            @Override
            public void error(String message, long lineNo, long columnNo) {
                warning(message, lineNo, columnNo);
            }

            @Override
            public void fatalError(String message, long lineNo, long columnNo) {
                // the RDFParseException that follows carries it
            }
        });
        parser.setRDFHandler(new AbstractRDFHandler() {
            @Override
            public void handleStatement(Statement statement) {
                if (statement.getContext() != null) {
                    namedGraphStatements[0]++;
                    return;
                }
                linesWithStatements.add(line[0]);
                boundary.triple(statement, line[0]).ifPresent(graph::add);
            }
        });
        try {
            parser.parse(new ByteArrayInputStream(body), base.toString());
        } catch (RDFParseException e) {
            throw failed(base, strictFailure, new ParseFailure(e.getLineNumber(), e.getColumnNumber(), withoutPosition(e.getMessage())));
        } catch (IOException | RuntimeException e) {
            throw failed(base, strictFailure, new ParseFailure(line[0], -1, e.toString()));
        }

        List<ParseNote> notes = new ArrayList<>();
        for (ParseNote note : rioNotes) {
            notes.add(lang.equals(Lang.NTRIPLES) && !linesWithStatements.contains(note.line())
                    ? new ParseNote(note.line(), note.message().replace("; the lenient parser went on", "; the line is left out"),
                            note.excerpt())
                    : note);
        }
        prefixes.notes(notes, lines);
        notes.addAll(boundary.notes());
        if (namedGraphStatements[0] > 0) {
            notes.add(new ParseNote(-1, namedGraphStatements[0] + " statement(s) in named graphs left out (a feed page is one graph)", ""));
        }
        notes.sort((a, b) -> Long.compare(a.line() < 1 ? Long.MAX_VALUE : a.line(), b.line() < 1 ? Long.MAX_VALUE : b.line()));
        return RdfPage.lenient(graph, notes, strictFailure, lines.line(strictFailure.line()));
    }

    private static RDFParser parser(Lang lang, UndeclaredPrefixes prefixes, Consumer<ParseNote> notes, PageLines lines) {
        if (lang.equals(Lang.TURTLE)) {
            return new LenientTurtleParser(prefixes);
        }
        if (lang.equals(Lang.TRIG)) {
            return new LenientTriGParser(prefixes);
        }
        if (lang.equals(Lang.RDFXML)) {
            return new LenientRdfXmlParser(notes, lines);
        }
        if (lang.equals(Lang.NTRIPLES)) {
            return new NTriplesParser();
        }
        throw new IllegalArgumentException("no lenient parser for " + lang.getLabel());
    }

    private static ParserConfig config() {
        ParserConfig config = new ParserConfig();
        config.set(BasicParserSettings.VERIFY_URI_SYNTAX, false);
        config.set(BasicParserSettings.VERIFY_RELATIVE_URIS, false);
        config.set(BasicParserSettings.VERIFY_DATATYPE_VALUES, false);
        config.set(BasicParserSettings.NORMALIZE_DATATYPE_VALUES, false);
        config.set(BasicParserSettings.FAIL_ON_UNKNOWN_DATATYPES, false);
        config.set(BasicParserSettings.VERIFY_LANGUAGE_TAGS, false);
        config.set(BasicParserSettings.NORMALIZE_LANGUAGE_TAGS, false);
        config.set(BasicParserSettings.FAIL_ON_UNKNOWN_LANGUAGES, false);
        config.set(BasicParserSettings.NAMESPACES, Set.of());
        config.set(BasicParserSettings.PROCESS_ENCODED_RDF_STAR, false);
        config.set(TurtleParserSettings.CASE_INSENSITIVE_DIRECTIVES, true);
        config.set(TurtleParserSettings.ACCEPT_TURTLESTAR, false);
        // reported and skipped rather than fatal
        config.set(NTriplesParserSettings.FAIL_ON_INVALID_LINES, true);
        config.addNonFatalError(NTriplesParserSettings.FAIL_ON_INVALID_LINES);
        config.addNonFatalError(XMLParserSettings.FAIL_ON_NON_STANDARD_ATTRIBUTES);
        config.addNonFatalError(XMLParserSettings.FAIL_ON_INVALID_NCNAME);
        config.addNonFatalError(XMLParserSettings.FAIL_ON_DUPLICATE_RDF_ID);
        config.addNonFatalError(XMLParserSettings.FAIL_ON_INVALID_QNAME);
        config.addNonFatalError(XMLParserSettings.FAIL_ON_SAX_NON_FATAL_ERRORS);
        config.addNonFatalError(XMLParserSettings.FAIL_ON_MISMATCHED_TAGS);
        // never load anything from outside the page (Rio's defaults, set here so they cannot change)
        config.set(XMLParserSettings.SECURE_PROCESSING, true);
        config.set(XMLParserSettings.LOAD_EXTERNAL_DTD, false);
        config.set(XMLParserSettings.EXTERNAL_GENERAL_ENTITIES, false);
        config.set(XMLParserSettings.EXTERNAL_PARAMETER_ENTITIES, false);
        return config;
    }

    private static RdfSyntaxException failed(URI base, ParseFailure strict, ParseFailure lenient) {
        return new RdfSyntaxException(base.toString(), strict.line(), strict.column(),
                strict.reason() + "; the lenient parser (RDF4J Rio) also failed at " + lenient.describe());
    }

    /** Rio's message without the " [line 3, column 7]" it appends. */
    private static String withoutPosition(String message) {
        return message == null ? "unreadable" : message.replaceFirst("\\s*\\[line -?\\d+(, column -?\\d+)?\\]\\s*$", "");
    }
}
