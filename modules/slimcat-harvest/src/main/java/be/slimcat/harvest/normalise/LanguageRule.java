// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.normalise;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;

/**
 * dct:language to the EU language table; also reads the ISO 639 IRIs of the Library of Congress and
 * lexvo.org, and a language tag with a region ("nl-BE") by its language.
 */
final class LanguageRule extends CodeListRule {
    private static final Pattern ISO639 = Pattern.compile(
            "^(?i)https?://(id\\.loc\\.gov/vocabulary/iso639-[12]|lexvo\\.org/id/iso639-[13])/[a-z]{2,3}$");
    private static final Pattern TAG_WITH_REGION = Pattern.compile("^([A-Za-z]{2,3})[-_][A-Za-z]{2}$");

    LanguageRule(AuthorityTable table) {
        super(table);
    }

    @Override
    protected Outcome fromText(Node value, String text) {
        Matcher m = TAG_WITH_REGION.matcher(text);
        if (m.matches() && table.lookup(text).isEmpty()) {
            Optional<AuthorityTable.Entry> entry = table.lookup(m.group(1));
            if (entry.isPresent()) {
                return Outcome.replace(entry.get().target(), "the language of tag " + text + " in the " + table.name());
            }
        }
        return super.fromText(value, text);
    }

    @Override
    protected Optional<String> foreignKey(String iri) {
        return ISO639.matcher(iri).matches() ? Optional.of(lastSegment(iri)) : Optional.empty();
    }
}
