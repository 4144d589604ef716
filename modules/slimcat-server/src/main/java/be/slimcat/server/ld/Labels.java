// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.ld;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The labels known for a set of resources, and the one to show in a language: a label in that language,
 * else in the other page language, else without a language tag, else any; among those skos:prefLabel,
 * then dct:title, foaf:name, rdfs:label; then the smallest text, so the choice is stable.
 */
public final class Labels {
    /** The label properties, in order of preference. */
    static final List<Node> PROPERTIES = List.of(SKOS.prefLabel.asNode(), DCTerms.title.asNode(), FOAF.name.asNode(),
            RDFS.label.asNode());

    private final Map<Node, List<Label>> labels = new HashMap<>();

    /** One label: the property that gave it and the literal. */
    record Label(Node property, Node literal) {}

    /** A label in the language it is written in ({@code ""} when it has no tag). */
    public record Text(String text, String language) {}

    void add(Node resource, Node property, Node literal) {
        if (literal.isLiteral()) {
            labels.computeIfAbsent(resource, r -> new ArrayList<>()).add(new Label(property, literal));
        }
    }

    /** Whether the resource has any label. */
    boolean has(Node resource) {
        return labels.containsKey(resource);
    }

    /** The label to show for the resource in the language (nl or en), if it has one. */
    public Optional<Text> pick(Node resource, String language) {
        List<Label> known = labels.getOrDefault(resource, List.of());
        String other = "nl".equals(language) ? "en" : "nl";
        return known.stream()
                .min(Comparator.comparingInt((Label l) -> languageRank(l.literal().getLiteralLanguage(), language, other))
                        .thenComparingInt(l -> PROPERTIES.indexOf(l.property()))
                        .thenComparing(l -> l.literal().getLiteralLexicalForm()))
                .map(l -> new Text(l.literal().getLiteralLexicalForm(), l.literal().getLiteralLanguage()));
    }

    private static int languageRank(String tag, String language, String other) {
        String primary = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
        if (primary.equalsIgnoreCase(language)) {
            return 0;
        }
        if (primary.equalsIgnoreCase(other)) {
            return 1;
        }
        return tag.isEmpty() ? 2 : 3;
    }
}
