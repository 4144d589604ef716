// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.normalise;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;

/**
 * dct:format to the EU file-type table. Besides the table's variants it reads IANA media-type IRIs
 * (by their type/subtype), the data.gov.be format IRIs and the Project Open Data file-type IRIs (by
 * their last segment). Media-type parameters ("; charset=utf-8") are ignored.
 */
final class FormatRule extends CodeListRule {
    private static final Pattern IANA = Pattern.compile("^(?i)https?://www\\.iana\\.org/assignments/media-types/([^/]+/[^/]+)$");
    private static final Pattern NAMED = Pattern.compile(
            "^(?i)https?://(data\\.gov\\.be/format/|resources\\.data\\.gov/vocab/file-type/)(.+)$");

    FormatRule(AuthorityTable table) {
        super(table);
    }

    @Override
    protected Outcome fromText(Node value, String text) {
        int parameters = text.indexOf(';');
        return super.fromText(value, parameters > 0 && text.contains("/") ? text.substring(0, parameters).strip() : text);
    }

    @Override
    protected Optional<String> foreignKey(String iri) {
        Matcher m = IANA.matcher(iri);
        if (m.matches()) {
            return Optional.of(m.group(1));
        }
        m = NAMED.matcher(iri);
        if (m.matches()) {
            return Optional.of(lastSegment(iri));
        }
        return Optional.empty();
    }
}
