// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.dqv;

import java.util.ArrayList;
import java.util.List;

import be.slimcat.quality.DcatRecord;
import be.slimcat.quality.stars.DatasetStars;
import be.slimcat.quality.stars.StarRating;
import be.slimcat.quality.stars.StarReason;

/**
 * The reasons of a star rating as the text of an rdfs:comment: one line per star, "3★ ja: ..." /
 * "3★ yes: ...", "no (criterion met, but a lower star is missing)" when a met criterion does not earn
 * its star. A dataset's comment starts with its best distribution.
 */
final class StarComments {
    private StarComments() {}

    static String of(StarRating rating, String language) {
        List<String> lines = new ArrayList<>();
        for (StarReason reason : rating.reasons()) {
            lines.add(reason.star() + "★ " + verdict(rating, reason, language) + ": " + reason.text(language));
        }
        return String.join("\n", lines);
    }

    static String of(DatasetStars stars, String language) {
        boolean nl = "nl".equals(language);
        return stars.best().map(best -> (nl ? "Beste distributie: " : "Best distribution: ")
                + DcatRecord.text(best.subject()) + "\n" + of(best, language))
                .orElse(nl ? "0★: de dataset heeft geen distributie" : "0★: the dataset has no distribution");
    }

    private static String verdict(StarRating rating, StarReason reason, String language) {
        boolean nl = "nl".equals(language);
        if (rating.awarded(reason.star())) {
            return nl ? "ja" : "yes";
        }
        if (reason.met()) {
            return nl ? "nee (criterium gehaald, maar een lagere ster ontbreekt)" : "no (criterion met, but a lower star is missing)";
        }
        return nl ? "nee" : "no";
    }
}
