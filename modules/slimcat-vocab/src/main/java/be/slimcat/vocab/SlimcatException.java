// SPDX-License-Identifier: Apache-2.0
package be.slimcat.vocab;

/**
 * Root of every exception SlimCat throws on purpose. Messages say what failed, on which resource,
 * and what to try.
 */
public abstract class SlimcatException extends RuntimeException {
    protected SlimcatException(String message) {
        super(message);
    }

    protected SlimcatException(String message, Throwable cause) {
        super(message, cause);
    }
}
