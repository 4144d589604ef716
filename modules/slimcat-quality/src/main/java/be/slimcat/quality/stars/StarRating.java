// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.stars;

import java.util.List;

import org.apache.jena.graph.Node;

/**
 * The stars of one distribution: the level (0 to 5) and, for each of the five stars, why its criterion
 * was or was not met.
 *
 * @param subject the distribution
 * @param level   the number of stars: the stars from 1 up whose criteria are all met
 * @param reasons the five reasons, for stars 1 to 5
 */
public record StarRating(Node subject, int level, List<StarReason> reasons) {
    /** Checks the reasons and derives the level from them. */
    public static StarRating of(Node subject, List<StarReason> reasons) {
        if (reasons.size() != 5) {
            throw new IllegalArgumentException("A star rating needs 5 reasons, got " + reasons.size());
        }
        int level = 0;
        while (level < 5 && reasons.get(level).met()) {
            level++;
        }
        return new StarRating(subject, level, List.copyOf(reasons));
    }

    /** Whether a star (1 to 5) is awarded: its criterion and all lower ones are met. */
    public boolean awarded(int star) {
        return star >= 1 && star <= level;
    }

    /** The reason for a star (1 to 5). */
    public StarReason reason(int star) {
        return reasons.get(star - 1);
    }
}
