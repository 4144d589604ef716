// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.normalise;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * dct:accrualPeriodicity to the EU frequency table; also reads the Dublin Core collection
 * frequency IRIs (purl.org/cld/freq/{name}, and the purl.org/cld/terms/ slip some portals make).
 */
final class FrequencyRule extends CodeListRule {
    private static final Pattern CLD = Pattern.compile("^(?i)https?://purl\\.org/cld/(freq|terms)/[A-Za-z]+$");

    FrequencyRule(AuthorityTable table) {
        super(table);
    }

    @Override
    protected Optional<String> foreignKey(String iri) {
        return CLD.matcher(iri).matches() ? Optional.of(lastSegment(iri)) : Optional.empty();
    }
}
