// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.stars;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;

/**
 * The stars of a dataset: those of its best distribution (highest level; on a tie the first in
 * {@link be.slimcat.quality.DcatRecord#ORDER}). A dataset without distributions has 0 stars.
 *
 * @param dataset       the dataset
 * @param distributions the rating of every distribution, in record order
 */
public record DatasetStars(Node dataset, List<StarRating> distributions) {
    /** Keeps an unmodifiable copy. */
    public DatasetStars {
        distributions = List.copyOf(distributions);
    }

    /** The best distribution's rating, if the dataset has distributions. */
    public Optional<StarRating> best() {
        StarRating best = null;
        for (StarRating rating : distributions) {
            if (best == null || rating.level() > best.level()) {
                best = rating;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The dataset's number of stars. */
    public int level() {
        return best().map(StarRating::level).orElse(0);
    }
}
