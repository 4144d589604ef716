// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store;

import be.slimcat.vocab.SlimcatException;

/** The store directory cannot be opened: not writable, in use by another process, or damaged. */
public final class StoreUnavailableException extends SlimcatException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
