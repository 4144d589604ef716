// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.rdf;

/**
 * Where and why a parser gave up on a page.
 *
 * @param line   1-based line, or -1 when the parser did not say
 * @param column 1-based column, or -1 when the parser did not say
 * @param reason the parser's message
 */
public record ParseFailure(long line, long column, String reason) {
    /** "line 42, column 73: reason", leaving out what is not known. */
    public String describe() {
        if (line < 1) {
            return reason;
        }
        return "line " + line + (column > 0 ? ", column " + column : "") + ": " + reason;
    }
}
