// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.rdf;

import org.eclipse.rdf4j.rio.turtle.TurtleParser;

/** Rio's Turtle parser, reading prefixes used without declaration as {@link UndeclaredPrefixes} says. */
final class LenientTurtleParser extends TurtleParser {
    private final UndeclaredPrefixes prefixes;

    LenientTurtleParser(UndeclaredPrefixes prefixes) {
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
