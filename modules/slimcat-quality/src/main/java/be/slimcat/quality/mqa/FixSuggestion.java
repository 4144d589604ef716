// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.mqa;

/**
 * One fix worth points, over many records: "add dcat:mediaType (42 distributions in 30 datasets): +10
 * points per dataset, +300 in total".
 *
 * @param indicator     the indicator the fix makes pass
 * @param datasets      the datasets that gain points from it
 * @param distributions the distributions to change in those datasets (0 for dataset-level fixes)
 * @param minGain       the smallest gain of one dataset
 * @param maxGain       the largest gain of one dataset
 * @param totalGain     the gain of all those datasets together
 * @param nl            the suggestion in Dutch
 * @param en            the suggestion in English
 */
public record FixSuggestion(MqaIndicator indicator, int datasets, int distributions, int minGain, int maxGain,
        int totalGain, String nl, String en) {
    /** The suggestion in a language ("nl"; anything else gives English). */
    public String text(String language) {
        return "nl".equals(language) ? nl : en;
    }
}
