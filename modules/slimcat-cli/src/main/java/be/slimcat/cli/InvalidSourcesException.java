// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import be.slimcat.vocab.SlimcatException;

/** The sources description does not conform to the source shapes; nothing is harvested. */
final class InvalidSourcesException extends SlimcatException {
    InvalidSourcesException(String message) {
        super(message);
    }
}
