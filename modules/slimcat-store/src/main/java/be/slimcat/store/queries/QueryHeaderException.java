// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.queries;

import be.slimcat.vocab.SlimcatException;

/** A library query file whose header or query text cannot be used; the message names file and line. */
public final class QueryHeaderException extends SlimcatException {
    QueryHeaderException(String message) {
        super(message);
    }

    QueryHeaderException(String message, Throwable cause) {
        super(message, cause);
    }
}
