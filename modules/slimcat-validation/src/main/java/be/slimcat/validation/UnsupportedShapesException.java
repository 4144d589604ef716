// SPDX-License-Identifier: Apache-2.0
package be.slimcat.validation;

import be.slimcat.vocab.SlimcatException;

/** The shapes use a SHACL feature that per-record validation cannot give exactly the same results for. */
public final class UnsupportedShapesException extends SlimcatException {
    public UnsupportedShapesException(String message) {
        super(message);
    }
}
