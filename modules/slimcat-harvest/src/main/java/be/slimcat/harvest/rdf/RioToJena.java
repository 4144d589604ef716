// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.rdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.rio.helpers.NTriplesUtil;

import be.slimcat.harvest.normalise.LanguageTags;

/**
 * The boundary between RDF4J Rio and Jena: turns the statements Rio read from a dirty page into
 * Jena triples, so that nothing the store would refuse gets in. An invalid IRI is repaired when
 * {@link IriRepair} can, a language tag that is not well-formed when {@link LanguageTags} is sure of
 * its language; otherwise the triple is left out. Ill-typed literals are kept as written, as Jena's
 * own parsers keep them. Each repair is noted once (with its first line and how often it was made),
 * each triple left out on its own.
 */
final class RioToJena {
    /** The LANGTAG production of Turtle and N-Triples: what Jena's parsers accept as a tag. */
    private static final Pattern LANGTAG = Pattern.compile("[a-zA-Z]+(-[a-zA-Z0-9]+)*");

    private final PageLines lines;
    private final Map<String, Node> blankNodes = new HashMap<>();
    /** The valid IRIs met so far: checking an IRI costs more than looking it up. */
    private final Map<String, Node> validIris = new HashMap<>();
    private final Map<String, Repair> repairs = new LinkedHashMap<>();
    private final List<ParseNote> leftOut = new ArrayList<>();

    /** A repair made wherever its input occurs on the page. */
    private static final class Repair {
        final long firstLine;
        final String message;
        int times;

        Repair(long firstLine, String message) {
            this.firstLine = firstLine;
            this.message = message;
        }
    }

    /** Why a value cannot become a Jena node. */
    private static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;

        Unusable(String reason) {
            super(reason, null, false, false);
        }
    }

    RioToJena(PageLines lines) {
        this.lines = lines;
    }

    /** The Jena triple for a statement Rio read on {@code line}; empty (and noted) when it must be left out. */
    Optional<Triple> triple(Statement statement, long line) {
        try {
            Node subject = resource(statement.getSubject(), line);
            Node predicate = iri(statement.getPredicate().stringValue(), line);
            Node object = value(statement.getObject(), line);
            return Optional.of(Triple.create(subject, predicate, object));
        } catch (Unusable e) {
            leftOut.add(new ParseNote(line, "triple left out, " + e.getMessage() + ": " + text(statement), lines.line(line)));
            return Optional.empty();
        }
    }

    /** How many triples were left out. */
    int leftOutCount() {
        return leftOut.size();
    }

    /** The repairs and the triples left out, by line. */
    List<ParseNote> notes() {
        List<ParseNote> notes = new ArrayList<>();
        repairs.values().forEach(r -> notes.add(new ParseNote(r.firstLine,
                r.message + (r.times > 1 ? " (" + r.times + " times, first here)" : ""), lines.line(r.firstLine))));
        notes.addAll(leftOut);
        notes.sort(Comparator.comparingLong(ParseNote::line));
        return notes;
    }

    private Node resource(Value value, long line) throws Unusable {
        if (value instanceof IRI iri) {
            return iri(iri.stringValue(), line);
        }
        if (value instanceof BNode blank) {
            return blankNodes.computeIfAbsent(blank.getID(), id -> NodeFactory.createBlankNode());
        }
        throw new Unusable("an RDF-star triple term is not stored");
    }

    private Node value(Value value, long line) throws Unusable {
        return value instanceof Literal literal ? literal(literal, line) : resource(value, line);
    }

    private Node iri(String raw, long line) throws Unusable {
        Node valid = validIris.get(raw);
        if (valid != null) {
            return valid;
        }
        Optional<String> prefix = UndeclaredPrefixes.unknownPrefixOf(raw);
        if (prefix.isPresent()) {
            throw new Unusable("the prefix " + prefix.get() + ": is used but not declared and is not a well-known one");
        }
        Optional<String> problem = IriRepair.problem(raw);
        if (problem.isEmpty()) {
            Node iri = NodeFactory.createURI(raw);
            validIris.put(raw, iri);
            return iri;
        }
        Optional<String> repaired = IriRepair.repaired(raw);
        if (repaired.isEmpty()) {
            throw new Unusable("the IRI <" + raw + "> is not valid (" + problem.get() + ")");
        }
        repaired("iri " + raw, line, "the IRI <" + raw + "> is not valid (" + problem.get() + "); written as <"
                + repaired.get() + ">");
        return NodeFactory.createURI(repaired.get());
    }

    private Node literal(Literal literal, long line) throws Unusable {
        String label = literal.getLabel();
        Optional<String> language = literal.getLanguage();
        if (language.isPresent()) {
            String tag = language.get();
            if (LANGTAG.matcher(tag).matches()) {
                return NodeFactory.createLiteralLang(label, tag);
            }
            Optional<String> wellFormed = LanguageTags.wellFormed(tag).filter(t -> LANGTAG.matcher(t).matches());
            if (wellFormed.isEmpty()) {
                throw new Unusable("the language tag \"" + tag + "\" is not well-formed and names no known language");
            }
            repaired("tag " + tag, line, "the language tag \"" + tag + "\" is not well-formed; written as \""
                    + wellFormed.get() + "\"");
            return NodeFactory.createLiteralLang(label, wellFormed.get());
        }
        String datatype = iri(literal.getDatatype().stringValue(), line).getURI();
        if (datatype.equals(XSDDatatype.XSDstring.getURI())) {
            return NodeFactory.createLiteralString(label);
        }
        return NodeFactory.createLiteralDT(label, TypeMapper.getInstance().getSafeTypeByName(datatype));
    }

    private void repaired(String key, long line, String message) {
        repairs.computeIfAbsent(key, k -> new Repair(line, message)).times++;
    }

    /** The statement as Rio read it, in N-Triples, with IRIs of undeclared prefixes written as prefixed names. */
    private static String text(Statement statement) {
        return text(statement.getSubject()) + " " + text(statement.getPredicate()) + " " + text(statement.getObject()) + " .";
    }

    private static String text(Value value) {
        if (value instanceof IRI iri && iri.stringValue().startsWith(UndeclaredPrefixes.MARKER)) {
            String rest = iri.stringValue().substring(UndeclaredPrefixes.MARKER.length());
            return UndeclaredPrefixes.unknownPrefixOf(iri.stringValue()).orElse("") + rest.substring(rest.indexOf(':'));
        }
        if (value instanceof IRI iri) {
            return "<" + iri.stringValue() + ">";
        }
        return NTriplesUtil.toNTriplesString(value);
    }
}
