// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.queries;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

import be.slimcat.vocab.SlimcatIris;

/**
 * Reads one library query file: the header (the comment lines before the query, see the README
 * section "Questions (query library)") and the SPARQL. Header lines are {@code # key: value}; the keys
 * are {@code title@nl}, {@code title@en}, {@code description@nl}, {@code description@en},
 * {@code questions}, {@code param}, {@code choices} and {@code needs}; other comment lines are free text.
 */
final class QueryFileParser {
    private static final String PARAM = "param";
    private static final String CHOICES = "choices";
    private static final List<String> REQUIRED = List.of("title@nl", "title@en", "description@nl", "description@en", "questions");

    private final String file;

    QueryFileParser(String file) {
        this.file = file;
    }

    LibraryQuery parse(String name, String text) {
        Map<String, String> single = new HashMap<>();
        Map<String, QueryParameter> parameters = new LinkedHashMap<>();
        Map<String, String> choices = new LinkedHashMap<>();
        boolean needsQuality = false;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length && lines[i].startsWith("#"); i++) {
            int lineNo = i + 1;
            String line = lines[i].substring(1).strip();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "title@nl", "title@en", "description@nl", "description@en", "questions" -> {
                    if (single.put(key, value) != null) {
                        throw error(lineNo, "'" + key + "' is given twice");
                    }
                }
                case PARAM -> {
                    QueryParameter parameter = parameter(value, lineNo);
                    if (parameters.put(parameter.name(), parameter) != null) {
                        throw error(lineNo, "parameter ?" + parameter.name() + " is declared twice");
                    }
                }
                case CHOICES -> {
                    String[] parts = fields(value, 2, lineNo, "# choices: ?name | concept-scheme-IRI");
                    choices.put(variable(parts[0], lineNo), parts[1]);
                }
                case "needs" -> {
                    if (!"quality graphs".equals(value)) {
                        throw error(lineNo, "'needs' knows only 'quality graphs', not '" + value + "'");
                    }
                    needsQuality = true;
                }
                default -> { /* free text */ }
            }
        }
        for (String key : REQUIRED) {
            if (!single.containsKey(key)) {
                throw error(1, "the header lacks '# " + key + ": ...'");
            }
        }
        for (Map.Entry<String, String> choice : choices.entrySet()) {
            QueryParameter p = parameters.get(choice.getKey());
            if (p == null || p.kind() != ParameterKind.IRI) {
                throw error(1, "'choices' names ?" + choice.getKey() + ", which is not an iri parameter");
            }
            parameters.put(p.name(), new QueryParameter(p.name(), p.kind(), p.defaultValue(), p.descriptions(),
                    Optional.of(choice.getValue())));
        }
        Query query = parseQuery(text);
        for (QueryParameter p : parameters.values()) {
            checkUsed(query, p);
        }
        return new LibraryQuery(name, Map.of("nl", single.get("title@nl"), "en", single.get("title@en")),
                Map.of("nl", single.get("description@nl"), "en", single.get("description@en")),
                questions(single.get("questions")), List.copyOf(parameters.values()), needsQuality, query);
    }

    private QueryParameter parameter(String value, int lineNo) {
        String[] parts = fields(value, 5, lineNo, "# param: ?name | kind | default | description in Dutch | description in English");
        String name = variable(parts[0], lineNo);
        ParameterKind kind = ParameterKind.fromHeaderName(parts[1]).orElseThrow(() -> error(lineNo,
                "parameter ?" + name + " has the kind '" + parts[1] + "'; the kinds are iri, string, date, integer, decimal, boolean"));
        QueryParameter parameter = new QueryParameter(name, kind, parts[2], Map.of("nl", parts[3], "en", parts[4]), Optional.empty());
        if (kind.toNode(parts[2], SlimcatIris.defaults()).isEmpty()) {
            throw error(lineNo, "the default of ?" + name + " is '" + parts[2] + "', which is not " + kind.expected());
        }
        return parameter;
    }

    private String[] fields(String value, int count, int lineNo, String form) {
        String[] parts = value.split("\\|", -1);
        if (parts.length != count) {
            throw error(lineNo, "expected " + count + " fields separated by '|': " + form);
        }
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].strip();
            if (parts[i].isEmpty() && i > 0) {
                throw error(lineNo, "field " + (i + 1) + " is empty: " + form);
            }
        }
        return parts;
    }

    private String variable(String field, int lineNo) {
        if (!field.matches("\\?[A-Za-z_][A-Za-z0-9_]*")) {
            throw error(lineNo, "'" + field + "' is not a variable such as ?domain");
        }
        return field.substring(1);
    }

    private List<Integer> questions(String value) {
        List<Integer> numbers = new ArrayList<>();
        if (value.isBlank()) {
            return numbers;
        }
        for (String part : value.split(",")) {
            try {
                int n = Integer.parseInt(part.strip());
                if (n < 1 || n > 48) {
                    throw new NumberFormatException();
                }
                numbers.add(n);
            } catch (NumberFormatException e) {
                throw error(1, "'questions' lists '" + part.strip() + "'; give numbers 1 to 48 of seeds-digest §5, separated by commas");
            }
        }
        return List.copyOf(numbers);
    }

    private Query parseQuery(String text) {
        try {
            return QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryException e) {
            throw new QueryHeaderException(file + ": the SPARQL does not parse: " + e.getMessage(), e);
        }
    }

    private void checkUsed(Query query, QueryParameter p) {
        Node marker = NodeFactory.createURI("urn:slimcat:unused-parameter-check");
        Query replaced = QueryTransformOps.replaceVars(query, Map.of(Var.alloc(p.name()), marker));
        if (replaced.toString().equals(query.toString())) {
            throw error(1, "parameter ?" + p.name() + " does not occur in the query");
        }
    }

    private QueryHeaderException error(int line, String message) {
        return new QueryHeaderException(file + ":" + line + ": " + message);
    }
}
