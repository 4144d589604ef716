// SPDX-License-Identifier: Apache-2.0
package be.slimcat.vocab;

/** The RDF syntax of a document could not be told from its name, or is not one SlimCat reads. */
public final class UnsupportedSyntaxException extends SlimcatException {
    public UnsupportedSyntaxException(String message) {
        super(message);
    }
}
