// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.ld;

import java.util.Arrays;
import java.util.List;

/**
 * The model of an entity page, in the page's language: texts chosen, values labelled, relations grouped.
 * Components that do not apply are null (texts) or empty (lists).
 *
 * @param iri        the resource
 * @param kind       its {@link EntityKind#key()}
 * @param title      its label in the page language (else the other language, else its IRI)
 * @param titleLang  the language of the title, or null
 * @param lead       its description, definition or comment in the page language (else the other), or null
 * @param leadLang   the language of the lead, or null
 * @param types      its types, labelled
 * @param sections   the relations the kind shows first, under their headings
 * @param properties its other properties
 * @param inverse    the other links pointing at it
 * @param inverseLimited true when the links pointing at it were cut at {@value Describer#INVERSE_LIMIT}
 * @param quality    the latest quality results (datasets and distributions)
 * @param provenance where its description comes from
 * @param formats    the RDF variants of this description
 */
public record EntityView(String iri, String kind, String title, String titleLang, String lead, String leadLang,
        List<Value> types, List<Section> sections, List<Row> properties, List<Row> inverse, boolean inverseLimited,
        List<Quality> quality, List<Origin> provenance, List<Format> formats) {

    /** A value: a literal ({@code iri} null) or a linked resource with its label; a blank node lists its own rows. */
    public record Value(String text, String lang, String iri, List<Row> nested) {}

    /**
     * One property (or incoming relation) with its values, labelled by the property's label (in
     * {@code labelLang}) or, for an incoming relation of a section, by the text of {@code labelKey}.
     */
    public record Row(String property, String label, String labelLang, String labelKey, List<Value> values) {}

    /** A heading ({@code entity.section.{key}}) with its rows. */
    public record Section(String key, List<Row> rows) {}

    /** The latest quality results in one quality graph. */
    public record Quality(String graph, Integer stars, String score, String band, String generated, String run,
            String report, List<Violation> violations) {}

    /** One open violation: its message and the property it is about. */
    public record Violation(String message, String messageLang, String path, String pathLabel) {}

    /** One named graph the description comes from, with the harvest or load that wrote it. */
    public record Origin(String graph, String record, String retrieved, String page, String run, String source,
            String sourceLabel, String started, String ended, String status, String load, String loadEnded) {}

    /** An RDF variant of the description. */
    public record Format(String parameter, String mediaType, String href) {
        /** The RDF variants of the description at {@code path}, each at {@code path?format=...}. */
        public static List<Format> rdfVariants(String path) {
            return Arrays.stream(RdfVariant.values()).filter(RdfVariant::isRdf)
                    .map(v -> new Format(v.parameter(), v.mediaType(), path + "?format=" + v.parameter())).toList();
        }
    }
}
