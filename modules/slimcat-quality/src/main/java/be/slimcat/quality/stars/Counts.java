// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.stars;

/** A count with its noun in singular or plural, for reason texts. */
final class Counts {
    private Counts() {}

    static String of(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
