// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.normalise;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * dct:accessRights to the EU access-right table; also reads the INSPIRE "limitations on public
 * access" code noLimitations (GeoDCAT-AP maps it to PUBLIC).
 */
final class AccessRightsRule extends CodeListRule {
    private static final Pattern INSPIRE = Pattern.compile(
            "^(?i)https?://inspire\\.ec\\.europa\\.eu/metadata-?codelist/LimitationsOnPublicAccess/noLimitations$");

    AccessRightsRule(AuthorityTable table) {
        super(table);
    }

    @Override
    protected Optional<String> foreignKey(String iri) {
        return INSPIRE.matcher(iri).matches() ? Optional.of(lastSegment(iri)) : Optional.empty();
    }
}
