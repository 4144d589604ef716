// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import be.slimcat.vocab.SlimcatException;

/** Options that parse but do not fit together, such as a triples format for the whole store. */
final class UsageException extends SlimcatException {
    UsageException(String message) {
        super(message);
    }
}
