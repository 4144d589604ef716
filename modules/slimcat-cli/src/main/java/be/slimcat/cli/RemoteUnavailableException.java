// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import be.slimcat.vocab.SlimcatException;

/** A feed or portal that could not be read at all: unreachable, refused, or answering with an error. */
final class RemoteUnavailableException extends SlimcatException {
    RemoteUnavailableException(String message) {
        super(message);
    }
}
