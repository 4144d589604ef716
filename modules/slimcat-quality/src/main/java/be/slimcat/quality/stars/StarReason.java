// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.stars;

/**
 * Why one star's criterion was or was not met. Stars are cumulative: a met criterion earns its star only
 * when every lower star is earned too ({@link StarRating#awarded(int)}).
 *
 * @param star  the star, 1 to 5
 * @param met   whether the criterion of this star is met on its own
 * @param basis what the decision rests on
 * @param nl    the reason in Dutch
 * @param en    the reason in English
 */
public record StarReason(int star, boolean met, StarBasis basis, String nl, String en) {
    /** The reason in a language ("nl"; anything else gives English). */
    public String text(String language) {
        return "nl".equals(language) ? nl : en;
    }
}
