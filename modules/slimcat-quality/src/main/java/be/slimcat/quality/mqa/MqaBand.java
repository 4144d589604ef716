// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.mqa;

/**
 * The MQA rating bands of the methodology: Excellent 351-405, Good 221-350, Sufficient 121-220, Bad
 * 0-120. A score (or a mean of scores) is in the highest band whose lower bound it reaches. Note: piveau's
 * code (PiveauScoring.abstract) puts 120 in "sufficient"; SlimCat follows the published ranges.
 */
public enum MqaBand {
    /** 351 points or more. */
    EXCELLENT(351, "excellent", "uitstekend", "excellent"),
    /** 221 to 350 points. */
    GOOD(221, "good", "goed", "good"),
    /** 121 to 220 points. */
    SUFFICIENT(121, "sufficient", "voldoende", "sufficient"),
    /** 0 to 120 points. */
    BAD(0, "bad", "slecht", "bad");

    private final int lowerBound;
    private final String id;
    private final String nl;
    private final String en;

    MqaBand(int lowerBound, String id, String nl, String en) {
        this.lowerBound = lowerBound;
        this.id = id;
        this.nl = nl;
        this.en = en;
    }

    /** The band of a number of points. */
    public static MqaBand of(double points) {
        for (MqaBand band : values()) {
            if (points >= band.lowerBound) {
                return band;
            }
        }
        return BAD;
    }

    /** The lowest score in the band. */
    public int lowerBound() {
        return lowerBound;
    }

    /** The identifier stored as the value of the scq:mqaBand measurement ("excellent", ...). */
    public String id() {
        return id;
    }

    /** The name in a language ("nl"; anything else gives English). */
    public String label(String language) {
        return "nl".equals(language) ? nl : en;
    }
}
