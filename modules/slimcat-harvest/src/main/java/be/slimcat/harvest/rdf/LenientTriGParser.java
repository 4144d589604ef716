// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.rdf;

import org.eclipse.rdf4j.rio.trig.TriGParser;

/** Rio's TriG parser, reading prefixes used without declaration as {@link UndeclaredPrefixes} says. */
final class LenientTriGParser extends TriGParser {
    private final UndeclaredPrefixes prefixes;

    LenientTriGParser(UndeclaredPrefixes prefixes) {
        this.prefixes = prefixes;
    }

    @Override
    protected void setNamespace(String prefix, String namespace) {
        prefixes.declare(prefix);
        super.setNamespace(prefix, namespace);
    }

    @Override
    protected String getNamespace(String prefix) {
        return prefixes.isDeclared(prefix) ? super.getNamespace(prefix) : prefixes.assume(prefix, getLineNumber());
    }
}
