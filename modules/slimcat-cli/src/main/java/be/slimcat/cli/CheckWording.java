// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import be.slimcat.quality.mqa.MqaDimension;
import be.slimcat.quality.mqa.MqaScore;

/** The sentences of the check reports, in English or Dutch; the text and HTML reports share them. */
final class CheckWording {
    private final ReportLanguage language;

    CheckWording(ReportLanguage language) {
        this.language = language;
    }

    String tag() {
        return language.tag();
    }

    String datasets(int n) {
        return n + " " + language.pick(n == 1 ? "dataset" : "datasets", n == 1 ? "dataset" : "datasets");
    }

    /** "3 of 5 stars; no 4th star: reason" or "no distributions: 0 stars". */
    String stars(DatasetCheck d) {
        int level = d.stars();
        if (d.assessment().stars().distributions().isEmpty()) {
            return language.pick("0 of 5 stars: the dataset has no distributions",
                    "0 van 5 sterren: de dataset heeft geen distributies");
        }
        String stars = language.pick(level + " of 5 stars", level + " van 5 sterren");
        return d.missedStar().map(r -> stars + "; " + language.pick("no " + ordinal(r.star()) + " star: ",
                "geen " + r.star() + "e ster: ") + r.text(tag())).orElse(stars);
    }

    String score(MqaScore score) {
        return language.pick(score.total() + " of " + MqaDimension.MAX_TOTAL, score.total() + " van " + MqaDimension.MAX_TOTAL)
                + " (" + score.band().label(tag()) + ")";
    }

    String dimensions(MqaScore score) {
        Map<MqaDimension, Integer> points = score.dimensionPoints();
        return points.entrySet().stream().map(e -> e.getKey().label(tag()) + " " + e.getValue() + "/" + e.getKey().max())
                .collect(Collectors.joining(", "));
    }

    String notAssessed(int points, boolean linksChecked) {
        if (linksChecked) {
            return language.pick(points + " points not assessed", points + " punten niet beoordeeld");
        }
        return language.pick(points + " points not assessed: the access and download URLs were not checked"
                + " (--check-links)", points + " punten niet beoordeeld: de toegangs- en download-URL's werden niet"
                + " gecontroleerd (--check-links)");
    }

    /** "4 URLs checked, 3 answer 2xx". */
    String links(Map<String, Integer> statuses) {
        int n = statuses.size();
        long ok = statuses.values().stream().filter(s -> s >= 200 && s <= 299).count();
        return language.pick(n + (n == 1 ? " URL" : " URLs") + " checked, " + ok + (ok == 1 ? " answers" : " answer") + " 2xx",
                n + (n == 1 ? " URL" : " URL's") + " gecontroleerd, " + ok + (ok == 1 ? " antwoordt" : " antwoorden")
                        + " met 2xx");
    }

    /** "HTTP 404" or "no answer". */
    String linkStatus(int status) {
        return status == 0 ? language.pick("no answer", "geen antwoord") : "HTTP " + status;
    }

    String conformance(boolean conforms, long violations, long warnings) {
        return (conforms ? language.pick("conforms: ", "conform: ") : language.pick("does not conform: ", "niet conform: "))
                + counts(violations, warnings);
    }

    String counts(long violations, long warnings) {
        return violations + " " + language.pick("violation(s)", "schending(en)") + ", " + warnings + " "
                + language.pick("warning(s)", "waarschuwing(en)");
    }

    String conforming(long conforming, int of) {
        return language.pick(conforming + " of " + of + " conform", conforming + " van " + of + " conform");
    }

    String meanScore(double mean, String band) {
        return language.pick("mean " + decimal(mean) + " of " + MqaDimension.MAX_TOTAL,
                "gemiddeld " + decimal(mean) + " van " + MqaDimension.MAX_TOTAL) + " (" + band + ")";
    }

    /** "0: 1, 1: 0, ... 5: 0 (datasets per number of stars)". */
    String starsDistribution(int[] counts) {
        StringBuilder s = new StringBuilder();
        for (int level = 0; level < counts.length; level++) {
            s.append(level == 0 ? "" : ", ").append(level).append(": ").append(counts[level]);
        }
        return s.append(language.pick(" (datasets per number of stars)", " (datasets per aantal sterren)")).toString();
    }

    String label(String english, String dutch) {
        return language.pick(english, dutch);
    }

    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String ordinal(int n) {
        return switch (n) {
            case 1 -> "1st";
            case 2 -> "2nd";
            case 3 -> "3rd";
            default -> n + "th";
        };
    }
}
