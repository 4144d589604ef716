// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;

import be.slimcat.store.queries.LibraryQuery;
import be.slimcat.store.queries.ParameterKind;
import be.slimcat.store.queries.QueryParameter;
import be.slimcat.vocab.BundledQuery;
import be.slimcat.vocab.SlimcatIris;

/**
 * The template model of a library query and its form: title and description in the page language, the
 * §5 question numbers, and per parameter its field (a list of concepts when the values come from a
 * concept scheme) with the given value or the default.
 */
final class QuestionsForms {
    private static final Query CHOICES = BundledQuery.load(QuestionsForms.class, "queries/questions-choices.rq");

    private final StoreQueries queries;
    private final SlimcatIris iris;

    QuestionsForms(StoreQueries queries, SlimcatIris iris) {
        this.queries = queries;
        this.iris = iris;
    }

    /**
     * The model of the query; {@code choices} caches the concepts per scheme for one page.
     *
     * @param given the values given for its parameters (the form shows them instead of the defaults)
     */
    Map<String, Object> describe(LibraryQuery query, Map<String, String> given, String language,
            Map<String, List<Map<String, String>>> choices) {
        Map<String, Object> model = new HashMap<>();
        model.put("name", query.name());
        model.put("title", query.title(language));
        model.put("description", query.description(language));
        model.put("questions", query.questions().stream().map(String::valueOf).toList());
        model.put("needsQualityGraphs", query.needsQualityGraphs());
        List<Map<String, Object>> fields = new ArrayList<>();
        for (QueryParameter p : query.parameters()) {
            Map<String, Object> field = new HashMap<>();
            field.put("name", p.name());
            field.put("label", p.description(language));
            field.put("value", given.getOrDefault(p.name(), p.defaultValue(iris)));
            field.put("input", input(p.kind()));
            field.put("choices", p.choicesScheme().map(scheme -> choices.computeIfAbsent(scheme + " " + language,
                    key -> concepts(scheme, language))).orElse(List.of()));
            fields.add(field);
        }
        model.put("fields", fields);
        return model;
    }

    private List<Map<String, String>> concepts(String scheme, String language) {
        return queries.select(CHOICES, Map.of("scheme", NodeFactory.createURI(iris.rebase(scheme)),
                "language", NodeFactory.createLiteralString(language)));
    }

    private static String input(ParameterKind kind) {
        return switch (kind) {
            case DATE -> "date";
            case INTEGER -> "number";
            case BOOLEAN -> "boolean";
            case IRI -> "url";
            default -> "text";
        };
    }
}
