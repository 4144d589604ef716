// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.facts;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;

/** The codes of the EU access-right table ({@code facts/access-rights.tsv}). */
public final class AccessRights {
    private static final Pattern IRI =
            Pattern.compile("^https?://publications\\.europa\\.eu/resource/authority/access-right/([A-Za-z0-9_]+)/?$");

    private final Set<String> codes;

    private AccessRights(Set<String> codes) {
        this.codes = codes;
    }

    /** The bundled table. */
    public static AccessRights bundled() {
        return new AccessRights(FactsTable.read("access-rights.tsv", 1).codes());
    }

    /** Whether a dct:accessRights value is an IRI of the EU access-right table with one of its codes. */
    public boolean isAccessRightIri(Node value) {
        if (!value.isURI()) {
            return false;
        }
        Matcher m = IRI.matcher(value.getURI());
        return m.matches() && codes.contains(m.group(1));
    }
}
