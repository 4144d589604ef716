// SPDX-License-Identifier: Apache-2.0
package be.slimcat.validation;

import be.slimcat.vocab.SlimcatException;

/** The shapes could not be read or are not valid SHACL. */
public final class ShapesLoadException extends SlimcatException {
    public ShapesLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
