// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.mqa;

/**
 * How often one indicator was passed, failed or not assessed over a group of scored datasets.
 *
 * @param passed      datasets that earned the indicator's points
 * @param failed      datasets that did not
 * @param notAssessed datasets for which it was not assessed
 */
public record IndicatorTally(int passed, int failed, int notAssessed) {
    /** The share of assessed datasets that passed (0 when none was assessed). */
    public double passRate() {
        int assessed = passed + failed;
        return assessed == 0 ? 0 : (double) passed / assessed;
    }
}
