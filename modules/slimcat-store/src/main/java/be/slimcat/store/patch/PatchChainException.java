// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.patch;

import be.slimcat.vocab.SlimcatException;

/**
 * A replica cannot apply a patch: it is missing, damaged, or does not follow the last patch applied.
 * The replica is left as it was.
 */
public final class PatchChainException extends SlimcatException {
    public PatchChainException(String message) {
        super(message);
    }

    public PatchChainException(String message, Throwable cause) {
        super(message, cause);
    }
}
