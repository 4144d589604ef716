// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.rdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.rio.ParseErrorListener;
import org.eclipse.rdf4j.rio.ParseLocationListener;
import org.eclipse.rdf4j.rio.ParserConfig;
import org.eclipse.rdf4j.rio.RDFHandlerException;
import org.eclipse.rdf4j.rio.RDFParseException;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;
import org.eclipse.rdf4j.rio.helpers.BasicParserSettings;
import org.eclipse.rdf4j.rio.helpers.XMLParserSettings;
import org.eclipse.rdf4j.rio.ntriples.NTriplesParser;
import org.eclipse.rdf4j.rio.ntriples.NTriplesParserSettings;
import org.eclipse.rdf4j.rio.turtle.TurtleParserSettings;

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
        Reading reading = new Reading(lines, lang.equals(Lang.NTRIPLES), 2L * body.length + 16);
        RDFParser parser = parser(lang, prefixes, reading.notes::add, lines);
        parser.setParserConfig(config());
        parser.setParseLocationListener(reading);
        parser.setParseErrorListener(reading);
        parser.setRDFHandler(reading);
        try {
            parser.parse(new ByteArrayInputStream(body), base.toString());
        } catch (RDFParseException e) {
            throw failed(base, strictFailure, new ParseFailure(e.getLineNumber(), e.getColumnNumber(), withoutPosition(e.getMessage())));
        } catch (RDFHandlerException e) {
            throw failed(base, strictFailure, new ParseFailure(reading.line, -1, e.getMessage()));
        } catch (IOException | RuntimeException e) {
            throw failed(base, strictFailure, new ParseFailure(reading.line, -1, e.toString()));
        }
        List<ParseNote> notes = reading.notes();
        prefixes.notes(notes, lines);
        notes.sort(Comparator.comparingLong(note -> note.line() < 1 ? Long.MAX_VALUE : note.line()));
        return RdfPage.lenient(reading.graph, notes, strictFailure, lines.line(strictFailure.line()));
    }

    /** What Rio reports while it reads one page: the line it is on, its statements and its complaints. */
    private static final class Reading extends AbstractRDFHandler implements ParseLocationListener, ParseErrorListener {
        private final PageLines lines;
        private final boolean lineBased;
        private final RioToJena boundary;
        private final Graph graph = GraphFactory.createDefaultGraph();
        private final List<ParseNote> notes = new ArrayList<>();
        private final List<ParseNote> complaints = new ArrayList<>();
        private final Set<Long> linesWithStatements = new HashSet<>();
        private final long mostEvents;
        private long events;
        private long line = 1;
        private long namedGraphStatements;

        /**
         * @param mostEvents the most statements and complaints the page can give: Rio reading past the end
         *        of an unclosed collection in lenient mode reports them without end
         */
        Reading(PageLines lines, boolean lineBased, long mostEvents) {
            this.lines = lines;
            this.lineBased = lineBased;
            this.mostEvents = mostEvents;
            this.boundary = new RioToJena(lines);
        }

        @Override
        public void parseLocationUpdate(long lineNo, long columnNo) {
            line = lineNo;
        }

        /** Stops Rio once it reports more than a page of this size can hold. */
        private void count() {
            if (++events > mostEvents) {
                throw new RDFHandlerException("it went on past the end of the page (" + mostEvents
                        + " statements and complaints, more than the page's bytes can hold)");
            }
        }

        @Override
        public void handleStatement(Statement statement) {
            count();
            if (statement.getContext() != null) {
                namedGraphStatements++;
                return;
            }
            linesWithStatements.add(line);
            boundary.triple(statement, line).ifPresent(graph::add);
        }

        @Override
        public void warning(String message, long lineNo, long columnNo) {
            count();
            long at = lineNo > 0 ? lineNo : line;
            complaints.add(new ParseNote(at, message, lines.line(at)));
        }

        @Override
        public void error(String message, long lineNo, long columnNo) {
            warning(message, lineNo, columnNo);
        }

        @Override
        public void fatalError(String message, long lineNo, long columnNo) {
            // the RDFParseException that follows carries it
        }

        /** Rio's complaints (an N-Triples line that gave no statement was left out), the repairs and the omissions. */
        List<ParseNote> notes() {
            List<ParseNote> all = new ArrayList<>(notes);
            for (ParseNote complaint : complaints) {
                String outcome = lineBased && !linesWithStatements.contains(complaint.line()) ? "; the line is left out"
                        : "; the lenient parser went on";
                all.add(new ParseNote(complaint.line(), complaint.message() + outcome, complaint.excerpt()));
            }
            all.addAll(boundary.notes());
            if (namedGraphStatements > 0) {
                all.add(new ParseNote(-1, namedGraphStatements + " statement(s) in named graphs left out (a feed page is one graph)", ""));
            }
            return all;
        }
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
