// SPDX-License-Identifier: Apache-2.0
package be.slimcat.reliability;

/**
 * The size of the suite: every trial count is a base count (sized so that the whole suite runs in about ten
 * minutes on two cores, as in CI) multiplied by {@code -Dreliability.scale} (default 1).
 */
public final class Budget {
    private Budget() {}

    /** The scale factor, at least 1. */
    public static int scale() {
        String value = System.getProperty("reliability.scale", "1").trim();
        try {
            return Math.max(1, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-Dreliability.scale must be a whole number, not '" + value + "'", e);
        }
    }

    /** The base count times the scale. */
    public static int trials(int base) {
        return base * scale();
    }
}
