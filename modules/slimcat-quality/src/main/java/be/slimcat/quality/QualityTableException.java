// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality;

import be.slimcat.vocab.SlimcatException;

/** A bundled facts table of the quality module is missing or has a bad line (a broken build). */
public final class QualityTableException extends SlimcatException {
    /** A problem with a table, named by file (and line) in the message. */
    public QualityTableException(String message) {
        super(message);
    }

    /** A problem reading a table. */
    public QualityTableException(String message, Throwable cause) {
        super(message, cause);
    }
}
