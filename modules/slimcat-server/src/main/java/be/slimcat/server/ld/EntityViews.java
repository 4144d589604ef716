// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.ld;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import be.slimcat.vocab.DQV;
import be.slimcat.vocab.SCQ;

/**
 * Turns a {@link Description} into the {@link EntityView} of its page in one language: labels chosen
 * ({@link Labels}), properties labelled with the vocabulary's labels ({@link TermLabels}), the kind's
 * relations first ({@link RelationSections}), then the other properties and incoming links sorted by label.
 */
final class EntityViews {
    /** Incoming links shown in the quality and provenance parts rather than as relations. */
    private static final Set<Node> SHOWN_ELSEWHERE = Set.of(DQV.computedOn.asNode(), SCQ.validates.asNode(),
            FOAF.primaryTopic.asNode());
    private static final List<Node> LEAD = List.of(DCTerms.description.asNode(), SKOS.definition.asNode(),
            RDFS.comment.asNode());
    private static final Node SH_MESSAGE = NodeFactory.createURI("http://www.w3.org/ns/shacl#resultMessage");
    private static final Node SH_PATH = NodeFactory.createURI("http://www.w3.org/ns/shacl#resultPath");

    private final TermLabels termLabels;
    private final RelationSections sections;

    EntityViews(TermLabels termLabels, RelationSections sections) {
        this.termLabels = termLabels;
        this.sections = sections;
    }

    /** The page model of the description in the language; {@code path} is the page's own path. */
    EntityView of(Description d, String language, String path) {
        return new Builder(d, language).build(path);
    }

    private final class Builder {
        private final Description d;
        private final String language;
        private final Labels terms;

        Builder(Description d, String language) {
            this.d = d;
            this.language = language;
            Set<Node> used = new LinkedHashSet<>(d.types());
            d.graph().find().forEachRemaining(t -> used.add(t.getPredicate()));
            d.quality().forEach(q -> q.violations().forEach(v -> d.of(v).forEach(t -> {
                if (t.getPredicate().equals(SH_PATH) && t.getObject().isURI()) {
                    used.add(t.getObject());
                }
            })));
            this.terms = termLabels.of(used);
        }

        EntityView build(String path) {
            EntityKind kind = EntityKind.of(d.types());
            Optional<Labels.Text> title = d.labels().pick(d.resource(), language);
            Optional<Node> lead = pickLiteral(LEAD);
            Set<String> shown = new HashSet<>();
            List<EntityView.Section> firstSections = new ArrayList<>();
            sections.of(kind).forEach((key, relations) -> {
                List<EntityView.Row> rows = new ArrayList<>();
                for (RelationSections.Relation r : relations) {
                    shown.add((r.incoming() ? "in " : "out ") + r.property().getURI());
                    List<Node> values = r.incoming() ? subjects(r.property()) : objects(r.property());
                    if (!values.isEmpty()) {
                        rows.add(r.incoming() ? new EntityView.Row(r.property().getURI(), null, null, r.labelKey(), values(values)) : row(r.property(), values));
                    }
                }
                if (!rows.isEmpty()) {
                    firstSections.add(new EntityView.Section(key, rows));
                }
            });
            Map<Node, List<Node>> forward = new LinkedHashMap<>();
            for (Triple t : d.forward()) {
                if (!t.getPredicate().equals(RDF.type.asNode()) && !shown.contains("out " + t.getPredicate().getURI())) {
                    forward.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>()).add(t.getObject());
                }
            }
            Map<Node, List<Node>> incoming = new LinkedHashMap<>();
            for (Triple t : d.inverse()) {
                if (!SHOWN_ELSEWHERE.contains(t.getPredicate()) && !shown.contains("in " + t.getPredicate().getURI())) {
                    incoming.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>()).add(t.getSubject());
                }
            }
            List<EntityView.Format> formats = EntityView.Format.rdfVariants(path);
            return new EntityView(d.resource().getURI(), kind.key(),
                    title.map(Labels.Text::text).orElse(d.resource().getURI()), title.map(t -> tag(t.language())).orElse(null),
                    lead.map(Node::getLiteralLexicalForm).orElse(null), lead.map(n -> tag(n.getLiteralLanguage())).orElse(null),
                    values(new ArrayList<>(d.types())), firstSections, rows(forward), rows(incoming),
                    d.inverse().size() >= Describer.INVERSE_LIMIT, quality(), provenance(), formats);
        }

        private Optional<Node> pickLiteral(List<Node> properties) {
            String other = "nl".equals(language) ? "en" : "nl";
            for (String lang : new String[] {language, other, ""}) {
                for (Node p : properties) {
                    Optional<Node> found = d.graph().find(d.resource(), p, Node.ANY).mapWith(Triple::getObject)
                            .filterKeep(o -> o.isLiteral() && primary(o.getLiteralLanguage()).equals(lang)).nextOptional();
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
            return Optional.empty();
        }

        private List<Node> objects(Node property) {
            return d.graph().find(d.resource(), property, Node.ANY).mapWith(Triple::getObject).toList();
        }

        private List<Node> subjects(Node property) {
            return d.inverse().stream().filter(t -> t.getPredicate().equals(property)).map(Triple::getSubject).toList();
        }

        private List<EntityView.Row> rows(Map<Node, List<Node>> byProperty) {
            List<EntityView.Row> rows = new ArrayList<>();
            byProperty.forEach((p, values) -> rows.add(row(p, values)));
            rows.sort(Comparator.comparing((EntityView.Row r) -> r.label().toLowerCase(Locale.ROOT))
                    .thenComparing(EntityView.Row::property));
            return rows;
        }

        private EntityView.Row row(Node property, List<Node> values) {
            Optional<Labels.Text> label = terms.pick(property, language);
            return new EntityView.Row(property.getURI(), label.map(Labels.Text::text).orElse(localName(property)),
                    label.map(t -> tag(t.language())).orElse(null), null, values(values));
        }

        private List<EntityView.Value> values(List<Node> nodes) {
            List<EntityView.Value> values = new ArrayList<>();
            for (Node n : new LinkedHashSet<>(nodes)) {
                values.add(value(n));
            }
            values.sort(Comparator.comparingInt((EntityView.Value v) -> v.lang() == null || primary(v.lang()).equals(language) ? 0 : 1)
                    .thenComparing(v -> v.text().toLowerCase(Locale.ROOT)));
            return values;
        }

        private EntityView.Value value(Node n) {
            if (n.isLiteral()) {
                return new EntityView.Value(literalText(n), tag(n.getLiteralLanguage()), null, List.of());
            }
            if (n.isBlank()) {
                Map<Node, List<Node>> nested = new LinkedHashMap<>();
                d.of(n).forEach(t -> nested.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>()).add(t.getObject()));
                List<EntityView.Row> rows = new ArrayList<>();
                nested.forEach((p, vs) -> rows.add(new EntityView.Row(p.getURI(), terms.pick(p, language)
                        .map(Labels.Text::text).orElse(localName(p)), null, null,
                        vs.stream().map(v -> v.isBlank() ? new EntityView.Value("…", null, null, List.of()) : value(v)).toList())));
                return new EntityView.Value("", null, null, rows);
            }
            Labels.Text label = label(n);
            return new EntityView.Value(label.text(), tag(label.language()), linkable(n.getURI()) ? n.getURI() : null, List.of());
        }

        /** The label of a linked IRI: its own, a term label, a hash IRI's document label and fragment, or the IRI. */
        private Labels.Text label(Node iri) {
            Optional<Labels.Text> own = d.labels().pick(iri, language).or(() -> terms.pick(iri, language));
            if (own.isPresent()) {
                return own.get();
            }
            String uri = iri.getURI();
            int hash = uri.indexOf('#');
            if (hash > 0) {
                Optional<Labels.Text> document = d.labels().pick(NodeFactory.createURI(uri.substring(0, hash)), language);
                if (document.isPresent()) {
                    return new Labels.Text(document.get().text() + " (#" + uri.substring(hash + 1) + ")", document.get().language());
                }
            }
            return new Labels.Text(uri, "");
        }

        private List<EntityView.Quality> quality() {
            List<EntityView.Quality> result = new ArrayList<>();
            for (QualityFacts q : d.quality()) {
                List<EntityView.Violation> violations = new ArrayList<>();
                for (Node v : q.violations()) {
                    Optional<Node> message = d.of(v).stream().filter(t -> t.getPredicate().equals(SH_MESSAGE))
                            .map(Triple::getObject)
                            .min(Comparator.comparingInt(o -> primary(o.getLiteralLanguage()).equals(language) ? 0 : 1));
                    Optional<Node> path = d.of(v).stream().filter(t -> t.getPredicate().equals(SH_PATH)).map(Triple::getObject)
                            .filter(Node::isURI).findFirst();
                    violations.add(new EntityView.Violation(message.map(Node::getLiteralLexicalForm).orElse(""),
                            message.map(m -> tag(m.getLiteralLanguage())).orElse(null), path.map(Node::getURI).orElse(null),
                            path.map(p -> terms.pick(p, language).map(Labels.Text::text).orElse(localName(p))).orElse(null)));
                }
                violations.sort(Comparator.comparing(EntityView.Violation::message));
                Optional<QualityFacts.Measurement> any = q.measurements().stream().findFirst();
                result.add(new EntityView.Quality(q.graph().getURI(), q.value("starRating").map(Integer::valueOf).orElse(null),
                        q.value("mqaScore").orElse(null), q.value("mqaBand").orElse(null),
                        any.map(m -> m.generated().getLiteralLexicalForm()).orElse(null),
                        any.map(QualityFacts.Measurement::run).map(Node::getURI).orElse(null),
                        q.report().map(Node::getURI).orElse(null), violations));
            }
            return result;
        }

        private List<EntityView.Origin> provenance() {
            List<EntityView.Origin> result = new ArrayList<>();
            for (Provenance p : d.provenance()) {
                result.add(new EntityView.Origin(text(p.graph()), text(p.record()), text(p.retrieved()),
                        p.page() != null && p.page().isURI() && linkable(p.page().getURI()) ? p.page().getURI() : null,
                        text(p.run()), text(p.source()), p.source() == null ? null : label(p.source()).text(),
                        text(p.started()), text(p.ended()), text(p.status()), text(p.load()), text(p.loadEnded())));
            }
            return result;
        }

        /** A number in the page language's notation (1.899.302 / 1,899,302); any other literal as written. */
        private String literalText(Node literal) {
            if (literal.getLiteralValue() instanceof Number number && !(number instanceof Double || number instanceof Float)) {
                NumberFormat format = NumberFormat.getInstance(Locale.forLanguageTag(language));
                format.setMaximumFractionDigits(6);
                return format.format(number);
            }
            return literal.getLiteralLexicalForm();
        }
    }

    /** Only http(s), mailto and urn IRIs become links: harvested data may hold javascript: or data: IRIs. */
    static boolean linkable(String iri) {
        String lower = iri.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:") || lower.startsWith("urn:");
    }

    private static String text(Node n) {
        if (n == null) {
            return null;
        }
        return n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.getBlankNodeLabel();
    }

    private static String tag(String language) {
        return language == null || language.isEmpty() ? null : language;
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    private static String localName(Node iri) {
        String uri = iri.getURI();
        int cut = Math.max(uri.lastIndexOf('#'), uri.lastIndexOf('/'));
        return cut >= 0 && cut < uri.length() - 1 ? uri.substring(cut + 1) : uri;
    }
}
