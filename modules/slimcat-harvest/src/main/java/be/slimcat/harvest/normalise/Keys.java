// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.normalise;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The comparison key of a table variant or a harvested value: NFKC (so "ĳ" reads as "ij"), lower
 * case, dashes and underscores read as spaces, runs of spaces as one, and a leading '.' (a file
 * extension) dropped.
 */
final class Keys {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-\\u2010-\\u2015]+");

    private Keys() {}

    static String of(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = SEPARATORS.matcher(s).replaceAll(" ").strip();
        while (s.startsWith(".")) {
            s = s.substring(1).strip();
        }
        return s;
    }
}
