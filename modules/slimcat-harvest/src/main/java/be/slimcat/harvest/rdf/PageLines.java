// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.rdf;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The text of a downloaded page by line number, for excerpts in reports. */
final class PageLines {
    private static final int MAX = 300;
    private final byte[] body;
    private String text;
    private int[] starts;

    PageLines(byte[] body) {
        this.body = body;
    }

    /** Line {@code number} (1-based), stripped and cut to 300 characters; empty when there is no such line. */
    String line(long number) {
        if (text == null) {
            index();
        }
        if (number < 1 || number > starts.length) {
            return "";
        }
        int start = starts[(int) number - 1];
        int end = text.indexOf('\n', start);
        String line = text.substring(start, end < 0 ? text.length() : end).strip();
        return line.length() <= MAX ? line : line.substring(0, MAX) + "…";
    }

    private void index() {
        text = new String(body, StandardCharsets.UTF_8);
        int[] found = new int[64];
        int count = 0;
        int start = 0;
        while (start >= 0) {
            if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = start;
            int next = text.indexOf('\n', start);
            start = next < 0 || next + 1 > text.length() ? -1 : next + 1;
        }
        starts = Arrays.copyOf(found, count);
    }
}
