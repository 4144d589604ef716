// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.ld;

import java.util.Arrays;
import java.util.Optional;

import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.WebContent;

/**
 * The representations a description is served in, in the server's order of preference (HTML first, so a
 * client that accepts anything gets the page), each with its {@code ?format=} name and media type.
 */
public enum RdfVariant {
    /** The page people read. */
    HTML("html", WebContent.contentTypeHTML, null),
    /** Turtle. */
    TURTLE("ttl", WebContent.contentTypeTurtle, RDFFormat.TURTLE_PRETTY),
    /** JSON-LD 1.1. */
    JSONLD("jsonld", WebContent.contentTypeJSONLD, RDFFormat.JSONLD11_PRETTY),
    /** RDF/XML. */
    RDFXML("rdf", WebContent.contentTypeRDFXML, RDFFormat.RDFXML_PRETTY),
    /** N-Triples. */
    NTRIPLES("nt", WebContent.contentTypeNTriples, RDFFormat.NTRIPLES_UTF8);

    private final String parameter;
    private final String mediaType;
    private final RDFFormat format;

    RdfVariant(String parameter, String mediaType, RDFFormat format) {
        this.parameter = parameter;
        this.mediaType = mediaType;
        this.format = format;
    }

    /** The value of {@code ?format=} that asks for this variant. */
    public String parameter() {
        return parameter;
    }

    /** The media type, without parameters. */
    public String mediaType() {
        return mediaType;
    }

    /** The media type as Jena's {@link MediaType}. */
    MediaType asMediaType() {
        return MediaType.create(mediaType);
    }

    /** Jena's writer format; null for {@link #HTML}. */
    RDFFormat format() {
        return format;
    }

    /** True for every variant but HTML. */
    public boolean isRdf() {
        return format != null;
    }

    /** The variant a {@code ?format=} value names (case-insensitive), if any. */
    public static Optional<RdfVariant> byParameter(String value) {
        return Arrays.stream(values()).filter(v -> v.parameter.equalsIgnoreCase(value.trim())).findFirst();
    }

    /** The {@code ?format=} values, separated by {@code |}, for messages. */
    public static String parameters() {
        return String.join("|", Arrays.stream(values()).map(RdfVariant::parameter).toList());
    }
}
