// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.mqa;

/**
 * The 23 indicators of data.europa.eu's MQA with their points (R: mjanez/ckan-mqa README.md @468010f,
 * which reproduces https://data.europa.eu/mqa/methodology; the same points are the pv:trueScore values
 * of piveau's DQV vocabulary, R: piveau-data/piveau-vocabularies piveau-dqv-vocabulary.ttl @7b29f2a,
 * which also says where each is computed).
 */
public enum MqaIndicator {
    /** At least one dcat:keyword. */
    KEYWORD(MqaDimension.FINDABILITY, 30, MqaLevel.DATASET, "trefwoorden (dcat:keyword)", "keywords (dcat:keyword)"),
    /** At least one dcat:theme. */
    THEME(MqaDimension.FINDABILITY, 30, MqaLevel.DATASET, "thema (dcat:theme)", "theme (dcat:theme)"),
    /** At least one dct:spatial. */
    SPATIAL(MqaDimension.FINDABILITY, 20, MqaLevel.DATASET, "ruimtelijke dekking (dct:spatial)",
            "spatial coverage (dct:spatial)"),
    /** At least one dct:temporal. */
    TEMPORAL(MqaDimension.FINDABILITY, 20, MqaLevel.DATASET, "temporele dekking (dct:temporal)",
            "temporal coverage (dct:temporal)"),
    /** A dcat:accessURL answers with a 2xx status. */
    ACCESS_URL_STATUS(MqaDimension.ACCESSIBILITY, 50, MqaLevel.DISTRIBUTION, "toegangs-URL antwoordt (2xx)",
            "access URL answers (2xx)"),
    /** At least one dcat:downloadURL. */
    DOWNLOAD_URL(MqaDimension.ACCESSIBILITY, 20, MqaLevel.DISTRIBUTION, "download-URL (dcat:downloadURL)",
            "download URL (dcat:downloadURL)"),
    /** A dcat:downloadURL answers with a 2xx status. */
    DOWNLOAD_URL_STATUS(MqaDimension.ACCESSIBILITY, 30, MqaLevel.DISTRIBUTION, "download-URL antwoordt (2xx)",
            "download URL answers (2xx)"),
    /** At least one dct:format. */
    FORMAT(MqaDimension.INTEROPERABILITY, 20, MqaLevel.DISTRIBUTION, "formaat (dct:format)", "format (dct:format)"),
    /** At least one dcat:mediaType. */
    MEDIA_TYPE(MqaDimension.INTEROPERABILITY, 10, MqaLevel.DISTRIBUTION, "mediatype (dcat:mediaType)",
            "media type (dcat:mediaType)"),
    /** dct:format from the EU file-type table and dcat:mediaType from the IANA register, both. */
    FORMAT_MEDIA_TYPE_VOCABULARY(MqaDimension.INTEROPERABILITY, 10, MqaLevel.DISTRIBUTION,
            "formaat en mediatype uit gecontroleerde vocabularia", "format and media type from controlled vocabularies"),
    /** The format or media type is on MQA's non-proprietary list. */
    NON_PROPRIETARY(MqaDimension.INTEROPERABILITY, 20, MqaLevel.DISTRIBUTION, "niet-propriëtair formaat",
            "non-proprietary format"),
    /** The format or media type is on MQA's machine-readable list. */
    MACHINE_READABLE(MqaDimension.INTEROPERABILITY, 20, MqaLevel.DISTRIBUTION, "machineleesbaar formaat",
            "machine-readable format"),
    /** The record conforms to DCAT-AP (SHACL). */
    DCAT_AP_COMPLIANCE(MqaDimension.INTEROPERABILITY, 30, MqaLevel.DATASET, "conform met DCAT-AP (SHACL)",
            "DCAT-AP compliance (SHACL)"),
    /** At least one dct:license on the distribution. */
    LICENCE(MqaDimension.REUSABILITY, 20, MqaLevel.DISTRIBUTION, "licentie (dct:license)", "licence (dct:license)"),
    /** The distribution's licence is in the EU licence table. */
    KNOWN_LICENCE(MqaDimension.REUSABILITY, 10, MqaLevel.DISTRIBUTION, "licentie uit een gecontroleerd vocabularium",
            "licence from a controlled vocabulary"),
    /** At least one dct:accessRights. */
    ACCESS_RIGHTS(MqaDimension.REUSABILITY, 10, MqaLevel.DATASET, "toegangsrechten (dct:accessRights)",
            "access rights (dct:accessRights)"),
    /** dct:accessRights from the EU access-right table. */
    ACCESS_RIGHTS_VOCABULARY(MqaDimension.REUSABILITY, 5, MqaLevel.DATASET,
            "toegangsrechten uit een gecontroleerd vocabularium", "access rights from a controlled vocabulary"),
    /** At least one dcat:contactPoint. */
    CONTACT_POINT(MqaDimension.REUSABILITY, 20, MqaLevel.DATASET, "contactpunt (dcat:contactPoint)",
            "contact point (dcat:contactPoint)"),
    /** At least one dct:publisher. */
    PUBLISHER(MqaDimension.REUSABILITY, 10, MqaLevel.DATASET, "uitgever (dct:publisher)", "publisher (dct:publisher)"),
    /** At least one dct:rights on the distribution. */
    RIGHTS(MqaDimension.CONTEXTUALITY, 5, MqaLevel.DISTRIBUTION, "rechten (dct:rights)", "rights (dct:rights)"),
    /** At least one dcat:byteSize on the distribution. */
    BYTE_SIZE(MqaDimension.CONTEXTUALITY, 5, MqaLevel.DISTRIBUTION, "bestandsgrootte (dcat:byteSize)",
            "byte size (dcat:byteSize)"),
    /** dct:issued on the distribution or the dataset. */
    ISSUED(MqaDimension.CONTEXTUALITY, 5, MqaLevel.DISTRIBUTION_OR_DATASET, "uitgiftedatum (dct:issued)",
            "date issued (dct:issued)"),
    /** dct:modified on the distribution or the dataset. */
    MODIFIED(MqaDimension.CONTEXTUALITY, 5, MqaLevel.DISTRIBUTION_OR_DATASET, "wijzigingsdatum (dct:modified)",
            "date modified (dct:modified)");

    private final MqaDimension dimension;
    private final int points;
    private final MqaLevel level;
    private final String nl;
    private final String en;

    MqaIndicator(MqaDimension dimension, int points, MqaLevel level, String nl, String en) {
        this.dimension = dimension;
        this.points = points;
        this.level = level;
        this.nl = nl;
        this.en = en;
    }

    /** The dimension the indicator counts for. */
    public MqaDimension dimension() {
        return dimension;
    }

    /** The points the indicator gives when passed. */
    public int points() {
        return points;
    }

    /** Where the indicator is computed. */
    public MqaLevel level() {
        return level;
    }

    /** Whether the indicator is computed on distributions (alone or with the dataset as fallback). */
    public boolean onDistribution() {
        return level != MqaLevel.DATASET;
    }

    /** Whether the indicator is computed on the dataset (alone or as fallback). */
    public boolean onDataset() {
        return level != MqaLevel.DISTRIBUTION;
    }

    /** The name in a language ("nl"; anything else gives English). */
    public String label(String language) {
        return "nl".equals(language) ? nl : en;
    }
}
