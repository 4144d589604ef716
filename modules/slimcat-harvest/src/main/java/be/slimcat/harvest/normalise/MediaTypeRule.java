// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.normalise;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * dcat:mediaType to the IANA media-type register: a well-formed {@code type/subtype} of a registered
 * top-level type (parameters dropped, lower case) becomes
 * {@code https://www.iana.org/assignments/media-types/{type}/{subtype}}; an IANA IRI written as text
 * becomes that IRI. Only what is stated is used: a format name ("CSV") is not turned into a media
 * type, and unregistered subtypes ({@code x-…}) are not given an IANA IRI. IANA IRIs (http or https)
 * are kept as they are.
 */
final class MediaTypeRule implements ValueRule {
    static final String IANA = "https://www.iana.org/assignments/media-types/";
    private static final Pattern IANA_IRI = Pattern.compile("^(?i)https?://www\\.iana\\.org/assignments/media-types/([^/\\s]+/[^/\\s]+)$");
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "^(application|audio|font|image|message|model|multipart|text|video)/([a-z0-9][a-z0-9!#$&^_.+-]{0,126})$");

    @Override
    public Outcome apply(Node value) {
        if (value.isBlank()) {
            return Outcome.keep();
        }
        if (value.isURI()) {
            return IANA_IRI.matcher(value.getURI()).matches() ? Outcome.keep()
                    : Outcome.unmapped("not an IRI of the IANA media-type register");
        }
        String text = value.getLiteralLexicalForm().strip();
        Matcher iri = IANA_IRI.matcher(text);
        if (iri.matches()) {
            return fromType(iri.group(1), "an IANA media-type IRI written as text");
        }
        int parameters = text.indexOf(';');
        String type = parameters >= 0 ? text.substring(0, parameters).strip() : text;
        if (!type.contains("/")) {
            return Outcome.unmapped("not a media type (type/subtype); no media type is derived from a format name");
        }
        return fromType(type, parameters >= 0 ? "the IANA media-type register, parameters dropped"
                : "the IANA media-type register");
    }

    private static Outcome fromType(String raw, String basis) {
        String type = raw.toLowerCase(Locale.ROOT);
        Matcher m = MEDIA_TYPE.matcher(type);
        if (!m.matches()) {
            return Outcome.unmapped("not a well-formed media type of a registered top-level type");
        }
        if (m.group(2).startsWith("x-") || m.group(2).startsWith("x.")) {
            return Outcome.unmapped("an unregistered (x-) media type, which has no IANA IRI");
        }
        return Outcome.replace(NodeFactory.createURI(IANA + type), basis);
    }
}
