// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server;

import be.slimcat.vocab.SlimcatException;

/** The server could not start, for example because its port is in use. */
public final class ServerStartException extends SlimcatException {
    public ServerStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
