// SPDX-License-Identifier: Apache-2.0
package be.slimcat.vocab;

/** An RDF document could not be parsed; names the document, the line and the column. */
public final class RdfSyntaxException extends SlimcatException {
    private final String document;
    private final long line;
    private final long column;

    public RdfSyntaxException(String document, long line, long column, String reason) {
        super(describe(document, line, column, reason));
        this.document = document;
        this.line = line;
        this.column = column;
    }

    private static String describe(String document, long line, long column, String reason) {
        String where = line > 0 ? document + ":" + line + (column > 0 ? ":" + column : "") : document;
        return where + ": syntax error: " + reason + " (fix the file and try again)";
    }

    /** The file name or URL of the document. */
    public String document() {
        return document;
    }

    /** 1-based line of the error, or -1 when the parser did not say. */
    public long line() {
        return line;
    }

    /** 1-based column of the error, or -1 when the parser did not say. */
    public long column() {
        return column;
    }
}
