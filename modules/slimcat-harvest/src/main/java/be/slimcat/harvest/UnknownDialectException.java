// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

import java.util.Set;
import java.util.TreeSet;

import be.slimcat.vocab.SlimcatException;

/** A source names a dialect SlimCat has no client for. */
public final class UnknownDialectException extends SlimcatException {
    public UnknownDialectException(String dialect, Set<String> known) {
        super("Unknown portal dialect '" + dialect + "' (known: " + String.join(", ", new TreeSet<>(known)) + ")");
    }
}
