// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.normalise;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Language tags of texts (dct:title, dct:description, dcat:keyword): a tag that is not well-formed
 * BCP 47 in its usual case ("nl_BE", "NL-be ", "dutch", "nld") is rewritten ("nl-BE", "nl") when its
 * language is certain. Texts without a tag are left alone: the language is never guessed.
 */
final class LanguageTagRule implements ValueRule {
    private static final Pattern TAG = Pattern.compile("^([A-Za-z]{2,3})(?:-([A-Za-z]{4}))?(?:-([A-Za-z]{2}|\\d{3}))?$");

    private final AuthorityTable languages;
    private final Map<String, String> tags;

    /**
     * @param languages the EU language table (for names and three-letter codes)
     * @param tags      EU language code to BCP 47 primary subtag
     */
    LanguageTagRule(AuthorityTable languages, Map<String, String> tags) {
        this.languages = languages;
        this.tags = tags;
    }

    @Override
    public Outcome apply(Node value) {
        if (!value.isLiteral() || value.getLiteralLanguage().isEmpty()) {
            return Outcome.keep();
        }
        String tag = value.getLiteralLanguage();
        Optional<String> canonical = canonical(tag);
        if (canonical.isEmpty()) {
            return Outcome.unmapped("language tag \"" + tag + "\" is not well-formed and names no known language");
        }
        if (canonical.get().equals(tag)) {
            return Outcome.keep();
        }
        return Outcome.replace(NodeFactory.createLiteralLang(value.getLiteralLexicalForm(), canonical.get()),
                "well-formed BCP 47 language tag");
    }

    Optional<String> canonical(String raw) {
        String tag = raw.strip().replace('_', '-');
        Matcher m = TAG.matcher(tag);
        if (m.matches()) {
            String language = m.group(1).toLowerCase(Locale.ROOT);
            String known = languages.lookup(language).map(e -> tags.get(lastSegmentOf(e))).orElse(null);
            StringBuilder out = new StringBuilder(known != null ? known : language);
            if (m.group(2) != null) {
                out.append('-').append(m.group(2).substring(0, 1).toUpperCase(Locale.ROOT))
                        .append(m.group(2).substring(1).toLowerCase(Locale.ROOT));
            }
            if (m.group(3) != null) {
                out.append('-').append(m.group(3).toUpperCase(Locale.ROOT));
            }
            return Optional.of(out.toString());
        }
        return languages.lookup(tag).map(e -> tags.get(lastSegmentOf(e)));
    }

    private static String lastSegmentOf(AuthorityTable.Entry entry) {
        String iri = entry.target().getURI();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
