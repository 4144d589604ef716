// SPDX-License-Identifier: Apache-2.0
package be.slimcat.vocab;

/** A file, bundled resource or named graph that was asked for does not exist. */
public final class ResourceNotFoundException extends SlimcatException {
    public ResourceNotFoundException(String message) {
        super(message);
    }
}
