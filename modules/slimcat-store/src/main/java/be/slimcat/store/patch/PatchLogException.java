// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.patch;

import be.slimcat.vocab.SlimcatException;

/** The patch log cannot be read or written: a file is missing or damaged, or the disk refused a write. */
public final class PatchLogException extends SlimcatException {
    public PatchLogException(String message) {
        super(message);
    }

    public PatchLogException(String message, Throwable cause) {
        super(message, cause);
    }
}
