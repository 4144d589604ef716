// SPDX-License-Identifier: Apache-2.0
package be.slimcat.vocab;

/** A problem the parser could read past, such as an ill-formed literal. */
public record ParseWarning(String document, long line, long column, String message) {
    @Override
    public String toString() {
        String where = line > 0 ? document + ":" + line + (column > 0 ? ":" + column : "") : document;
        return where + ": warning: " + message;
    }
}
