// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.mqa;

/** The wording of a fix per indicator, in Dutch and English. */
final class FixTexts {
    private FixTexts() {}

    /** What to do, in Dutch. */
    static String actionNl(MqaIndicator indicator) {
        return switch (indicator) {
            case KEYWORD -> "voeg trefwoorden (dcat:keyword) toe";
            case THEME -> "voeg een thema (dcat:theme) toe";
            case SPATIAL -> "voeg een ruimtelijke dekking (dct:spatial) toe";
            case TEMPORAL -> "voeg een temporele dekking (dct:temporal) toe";
            case ACCESS_URL_STATUS -> "herstel toegangs-URL's (dcat:accessURL) die niet met 2xx antwoorden";
            case DOWNLOAD_URL -> "voeg een download-URL (dcat:downloadURL) toe";
            case DOWNLOAD_URL_STATUS -> "zorg voor een download-URL (dcat:downloadURL) die met 2xx antwoordt";
            case FORMAT -> "voeg het formaat (dct:format) toe";
            case MEDIA_TYPE -> "voeg het mediatype (dcat:mediaType) toe";
            case FORMAT_MEDIA_TYPE_VOCABULARY ->
                    "gebruik een IRI van de EU-tabel file-type voor dct:format én een IANA-IRI voor dcat:mediaType";
            case NON_PROPRIETARY -> "bied de data aan in een niet-propriëtair formaat van de MQA-lijst (bv. CSV, JSON, RDF)";
            case MACHINE_READABLE -> "bied de data aan in een machineleesbaar formaat van de MQA-lijst (bv. CSV, JSON, RDF)";
            case DCAT_AP_COMPLIANCE -> "los de DCAT-AP-schendingen (SHACL) op";
            case LICENCE -> "voeg een licentie (dct:license) toe aan de distributie";
            case KNOWN_LICENCE -> "gebruik een licentie uit de EU-tabel licence (bv. CC BY 4.0) voor dct:license";
            case ACCESS_RIGHTS -> "voeg toegangsrechten (dct:accessRights) toe";
            case ACCESS_RIGHTS_VOCABULARY -> "gebruik een IRI van de EU-tabel access-right voor dct:accessRights";
            case CONTACT_POINT -> "voeg een contactpunt (dcat:contactPoint) toe";
            case PUBLISHER -> "voeg een uitgever (dct:publisher) toe";
            case RIGHTS -> "voeg rechten (dct:rights) toe aan de distributie";
            case BYTE_SIZE -> "voeg de bestandsgrootte (dcat:byteSize) toe aan de distributie";
            case ISSUED -> "voeg de uitgiftedatum (dct:issued) toe";
            case MODIFIED -> "voeg de wijzigingsdatum (dct:modified) toe";
        };
    }

    /** What to do, in English. */
    static String actionEn(MqaIndicator indicator) {
        return switch (indicator) {
            case KEYWORD -> "add keywords (dcat:keyword)";
            case THEME -> "add a theme (dcat:theme)";
            case SPATIAL -> "add a spatial coverage (dct:spatial)";
            case TEMPORAL -> "add a temporal coverage (dct:temporal)";
            case ACCESS_URL_STATUS -> "repair access URLs (dcat:accessURL) that do not answer with 2xx";
            case DOWNLOAD_URL -> "add a download URL (dcat:downloadURL)";
            case DOWNLOAD_URL_STATUS -> "provide a download URL (dcat:downloadURL) that answers with 2xx";
            case FORMAT -> "add the format (dct:format)";
            case MEDIA_TYPE -> "add the media type (dcat:mediaType)";
            case FORMAT_MEDIA_TYPE_VOCABULARY ->
                    "use an IRI of the EU file-type table for dct:format and an IANA IRI for dcat:mediaType";
            case NON_PROPRIETARY -> "offer the data in a non-proprietary format on the MQA list (e.g. CSV, JSON, RDF)";
            case MACHINE_READABLE -> "offer the data in a machine-readable format on the MQA list (e.g. CSV, JSON, RDF)";
            case DCAT_AP_COMPLIANCE -> "fix the DCAT-AP violations (SHACL)";
            case LICENCE -> "add a licence (dct:license) to the distribution";
            case KNOWN_LICENCE -> "use a licence of the EU licence table (e.g. CC BY 4.0) for dct:license";
            case ACCESS_RIGHTS -> "add access rights (dct:accessRights)";
            case ACCESS_RIGHTS_VOCABULARY -> "use an IRI of the EU access-right table for dct:accessRights";
            case CONTACT_POINT -> "add a contact point (dcat:contactPoint)";
            case PUBLISHER -> "add a publisher (dct:publisher)";
            case RIGHTS -> "add rights (dct:rights) to the distribution";
            case BYTE_SIZE -> "add the byte size (dcat:byteSize) to the distribution";
            case ISSUED -> "add the date issued (dct:issued)";
            case MODIFIED -> "add the date modified (dct:modified)";
        };
    }

    /** The whole suggestion in Dutch. */
    static String nl(MqaIndicator indicator, int datasets, int distributions, int minGain, int maxGain, int total) {
        String where = distributions > 0
                ? count(distributions, "distributie", "distributies") + " in " + count(datasets, "dataset", "datasets")
                : count(datasets, "dataset", "datasets");
        String each = minGain == maxGain ? "+" + minGain : "+" + minGain + " tot +" + maxGain;
        return actionNl(indicator) + " (" + where + "): " + each + " punten per dataset, +" + total + " in totaal";
    }

    /** The whole suggestion in English. */
    static String en(MqaIndicator indicator, int datasets, int distributions, int minGain, int maxGain, int total) {
        String where = distributions > 0
                ? count(distributions, "distribution", "distributions") + " in " + count(datasets, "dataset", "datasets")
                : count(datasets, "dataset", "datasets");
        String each = minGain == maxGain ? "+" + minGain : "+" + minGain + " to +" + maxGain;
        return actionEn(indicator) + " (" + where + "): " + each + " points per dataset, +" + total + " in total";
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
