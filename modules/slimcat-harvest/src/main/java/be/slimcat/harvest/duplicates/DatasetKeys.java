// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.duplicates;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What a harvested dataset is compared on, with the rank of the source it came from.
 *
 * @param dataset       the dataset IRI
 * @param sourceId      the source it was harvested from
 * @param sourceRank    how close the source is to the data: 1 a city's own portal, 2 a regional, 3 a national
 *                      and 4 a European portal, 5 anything else (lower wins)
 * @param identifier    its dct:identifier, or null
 * @param landingPage   its dcat:landingPage, or null
 * @param title         its title, or null
 * @param publisherName its publisher's name, or null
 * @param issued        its dct:issued as written, or null
 */
public record DatasetKeys(String dataset, String sourceId, int sourceRank, String identifier, String landingPage,
        String title, String publisherName, String issued) {

    /** Identifiers shorter than this are too likely to repeat by chance across portals ("parkings", "42"). */
    static final int MIN_IDENTIFIER_LENGTH = 16;

    /** The identifier when it is distinctive enough to match on (an IRI or a long code such as a UUID). */
    String distinctiveIdentifier() {
        if (identifier == null) {
            return null;
        }
        String id = identifier.trim();
        return id.contains("://") || id.length() >= MIN_IDENTIFIER_LENGTH ? id.toLowerCase(Locale.ROOT) : null;
    }

    /** The landing page without scheme, "www.", trailing slash and case differences. */
    String normalisedLandingPage() {
        if (landingPage == null || landingPage.isBlank()) {
            return null;
        }
        String p = landingPage.trim().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    /** Normalised title and publisher name together, or null when either is missing. */
    String titleAndPublisher() {
        if (title == null || publisherName == null) {
            return null;
        }
        String t = normalise(title);
        String p = normalise(publisherName);
        return t.isEmpty() || p.isEmpty() ? null : t + "|" + p;
    }

    /** Lower case, accents removed, everything but letters and digits removed. */
    static String normalise(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
