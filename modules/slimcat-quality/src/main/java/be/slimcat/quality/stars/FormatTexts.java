// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.stars;

/** The texts for a distribution whose formats do not meet a criterion. */
final class FormatTexts {
    private FormatTexts() {}

    /** Dutch: no format stated, unknown formats, or the known formats are not {@code what}. */
    static String noneNl(DistributionEvidence e, String what) {
        if (e.fileTypes().isEmpty() && e.unknownFormats().isEmpty()) {
            return "geen formaat (dct:format) of mediatype (dcat:mediaType) vermeld";
        }
        if (e.fileTypes().isEmpty()) {
            return "formaat \"" + String.join("\", \"", e.unknownFormats())
                    + "\" is niet gekend (geen EU-bestandstype of gekend mediatype)";
        }
        return "formaat " + DistributionEvidence.codes(e.fileTypes()) + " is geen " + what
                + " (SlimCats tabel van bestandstypes)";
    }

    /** English: no format stated, unknown formats, or the known formats are not {@code what}. */
    static String noneEn(DistributionEvidence e, String what) {
        if (e.fileTypes().isEmpty() && e.unknownFormats().isEmpty()) {
            return "no format (dct:format) or media type (dcat:mediaType) stated";
        }
        if (e.fileTypes().isEmpty()) {
            return "format \"" + String.join("\", \"", e.unknownFormats())
                    + "\" is not known (no EU file type or known media type)";
        }
        return "format " + DistributionEvidence.codes(e.fileTypes()) + " is not " + what
                + " (SlimCat's file-type table)";
    }
}
