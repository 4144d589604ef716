// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A size in bytes written as a number with an optional unit: {@code 4096}, {@code 64k}, {@code 1M} (1024-based). */
final class ByteSize {
    private static final Pattern SYNTAX = Pattern.compile("(\\d{1,12})\\s*(k|kb|kib|m|mb|mib)?");

    private ByteSize() {
    }

    /** The number of bytes; throws UsageException naming the option and the expected form. */
    static long parse(String option, String text) {
        Matcher m = SYNTAX.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new UsageException(option + " takes a size such as 65536, 64k or 1M, not '" + text + "'");
        }
        long number = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "" : m.group(2);
        long bytes = unit.startsWith("k") ? number * 1024 : unit.startsWith("m") ? number * 1024 * 1024 : number;
        if (bytes < 1) {
            throw new UsageException(option + " must be at least 1 byte, not '" + text + "'");
        }
        return bytes;
    }
}
