// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.normalise;

import java.util.Optional;

/**
 * Well-formed BCP 47 language tags from what portals send ("nl_BE", "NL-be ", "dutch", "nld").
 * Jena refuses to make a literal with a tag such as "nl_BE", so dialect mappers that read tags from
 * JSON can repair them here before building literals; the {@link RecordNormaliser} repairs the
 * well-formed but unusual ones ("dutch", "nld") that reach a graph.
 */
public final class LanguageTags {
    private static final LanguageTagRule RULE = new LanguageTagRule(AuthorityTables.bundled().languages,
            AuthorityTables.bundled().languageTags);

    private LanguageTags() {}

    /**
     * The well-formed tag for a raw one, when its language is certain: "nl_BE" and "NL-be " give
     * "nl-BE", "dutch", "Nederlands" and "nld" give "nl"; empty when the tag is not understood.
     */
    public static Optional<String> wellFormed(String raw) {
        return RULE.canonical(raw);
    }
}
