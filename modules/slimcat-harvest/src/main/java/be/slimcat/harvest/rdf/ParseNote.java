// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.rdf;

/**
 * Something a parser read past, repaired or left out while reading a page.
 *
 * @param line    the 1-based line of the page it concerns, or -1 when not known
 * @param message what was found and what was done with it
 * @param excerpt the page's text on that line (empty when the line is not known)
 */
public record ParseNote(long line, String message, String excerpt) {
    /** The message, after the line when it is known. */
    public String describe() {
        return line > 0 ? "line " + line + ": " + message : message;
    }
}
