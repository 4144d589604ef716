// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.queries;

import be.slimcat.vocab.SlimcatException;

/** A value given for a library query does not fit: an unknown parameter, or a value of the wrong kind. */
public final class InvalidParameterException extends SlimcatException {
    InvalidParameterException(String message) {
        super(message);
    }
}
