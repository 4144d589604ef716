// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.normalise;

import static be.slimcat.harvest.normalise.Records.DATASET;
import static be.slimcat.harvest.normalise.Records.DISTRIBUTION;
import static be.slimcat.harvest.normalise.Records.iri;
import static be.slimcat.harvest.normalise.Records.literal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import be.slimcat.harvest.HarvestedRecord;
import be.slimcat.harvest.RecordProblem;

/** Every mapping family: repaired values with their exact IRIs, unmapped values kept and flagged, valid values untouched. */
class MappingFamiliesTest {
    private static final String EU = "http://publications.europa.eu/resource/authority/";
    private static final String IANA = "https://www.iana.org/assignments/media-types/";
    private static final String FLEMISH = "https://data.vlaanderen.be/id/licentie/modellicentie-gratis-hergebruik/v1.0";
    private static final RecordNormaliser NORMALISER = new RecordNormaliser("gent");

    // ---- dct:format ---------------------------------------------------------------------------

    static Stream<Arguments> formats() {
        return Stream.of(
                repair("CSV", "CSV"), repair("csv", "CSV"), repair(".csv", "CSV"), repair("text/csv", "CSV"),
                repair("text/csv; charset=utf-8", "CSV"), repair("XLSX", "XLSX"), repair(".xlsx", "XLSX"),
                repair("Esri REST", "REST"), repair("ArcGIS GeoServices REST API", "REST"),
                repair("GeoJSON", "GEOJSON"), repair("application/vnd.geo+json", "GEOJSON"), repair("ZIP", "ZIP"),
                repair("shapefile", "SHP"), repair("Esri Shapefile", "SHP"), repair("WMS", "WMS_SRVC"),
                repair("OGC:WMS", "WMS_SRVC"), repair("JSON", "JSON"), repair("json", "JSON"), repair("XML", "XML"),
                repair("PDF", "PDF"), repair("application/pdf", "PDF"), repair("RDF", "RDF"),
                repair("Turtle", "RDF_TURTLE"), repair("ttl", "RDF_TURTLE"), repair("JSON-LD", "JSON_LD"),
                repair("Web page", "HTML"), repair("KML", "KML"), repair("application/vnd.google-earth.kml+xml", "KML"),
                repair("RDF_TURTLE", "RDF_TURTLE"), repair("GTFS", "GTFS"), repair(" ODS ", "ODS"),
                Arguments.of(iri("http://www.iana.org/assignments/media-types/text/csv"), "CSV"),
                Arguments.of(iri("http://data.gov.be/format/CSV"), "CSV"),
                Arguments.of(iri("https://resources.data.gov/vocab/file-type/TODO/JSON"), "JSON"),
                Arguments.of(literal(EU + "file-type/CSV"), "CSV"),
                Arguments.of(iri("https://publications.europa.eu/resource/authority/file-type/csv"), "CSV"));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void formatsBecomeFileTypeIris(Node raw, String code) {
        assertRepaired(DISTRIBUTION, DCTerms.format.asNode(), raw, iri(EU + "file-type/" + code));
    }

    static Stream<Node> unmappedFormats() {
        return Stream.of(literal("wuwuwu"), literal("api"), literal("csv excel"), literal("WWW:LINK-1.0-http--link"),
                literal("Excel"), literal(""), iri("http://test.com/id/code/12"), iri(EU + "file-type/FOO"),
                iri("http://www.iana.org/assignments/media-types/application/x-unknown"));
    }

    @ParameterizedTest
    @MethodSource("unmappedFormats")
    void unknownFormatsAreKeptAndFlagged(Node raw) {
        assertUnmapped(DISTRIBUTION, DCTerms.format.asNode(), raw);
    }

    // ---- dcat:mediaType -----------------------------------------------------------------------

    static Stream<Arguments> mediaTypes() {
        return Stream.of(Arguments.of(literal("text/csv"), "text/csv"),
                Arguments.of(literal("application/json; charset=utf-8"), "application/json"),
                Arguments.of(literal("Text/CSV"), "text/csv"),
                Arguments.of(literal("application/vnd.geo+json"), "application/vnd.geo+json"),
                Arguments.of(literal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                Arguments.of(literal("http://www.iana.org/assignments/media-types/text/csv"), "text/csv"));
    }

    @ParameterizedTest
    @MethodSource("mediaTypes")
    void mediaTypesBecomeIanaIris(Node raw, String type) {
        assertRepaired(DISTRIBUTION, DCAT.mediaType.asNode(), raw, iri(IANA + type));
    }

    static Stream<Node> unmappedMediaTypes() {
        return Stream.of(literal("CSV"), literal("application/x-zip-compressed"), literal("foo/bar"),
                literal("text/"), iri("http://iana/JPG"), iri("http://www.w3.org/ns/dcat#mediaType"));
    }

    @ParameterizedTest
    @MethodSource("unmappedMediaTypes")
    void mediaTypesThatAreNotStatedAreKeptAndFlagged(Node raw) {
        assertUnmapped(DISTRIBUTION, DCAT.mediaType.asNode(), raw);
    }

    // ---- dct:license --------------------------------------------------------------------------

    static Stream<Arguments> licences() {
        return Stream.of(
                Arguments.of(literal("cc-by-4.0"), EU + "licence/CC_BY_4_0"),
                Arguments.of(literal("CC BY 4.0"), EU + "licence/CC_BY_4_0"),
                Arguments.of(literal("CC-BY-4.0"), EU + "licence/CC_BY_4_0"),
                Arguments.of(literal("CC_BY_4_0"), EU + "licence/CC_BY_4_0"),
                Arguments.of(literal("Creative Commons Attribution 4.0 International"), EU + "licence/CC_BY_4_0"),
                Arguments.of(literal("Creative Commons Naamsvermelding 4.0 Internationaal"), EU + "licence/CC_BY_4_0"),
                Arguments.of(literal("cc-by-sa-4.0"), EU + "licence/CC_BYSA_4_0"),
                Arguments.of(literal("odc-odbl"), EU + "licence/ODC_BL"),
                Arguments.of(literal("ODbL-1.0"), EU + "licence/ODC_BL"),
                Arguments.of(literal("odc-by"), EU + "licence/ODC_BY"),
                Arguments.of(literal("cc-zero"), EU + "licence/CC0"),
                Arguments.of(literal("CC0-1.0"), EU + "licence/CC0"),
                Arguments.of(literal("Creative Commons CCZero"), EU + "licence/CC0"),
                Arguments.of(literal("EUPL-1.2"), EU + "licence/EUPL_1_2"),
                Arguments.of(literal("Modellicentie Gratis Hergebruik"), FLEMISH),
                Arguments.of(iri("http://creativecommons.org/licenses/by/4.0/"), EU + "licence/CC_BY_4_0"),
                Arguments.of(iri("https://creativecommons.org/licenses/by/4.0"), EU + "licence/CC_BY_4_0"),
                Arguments.of(iri("https://creativecommons.org/licenses/by/4.0/legalcode"), EU + "licence/CC_BY_4_0"),
                Arguments.of(iri("https://creativecommons.org/licenses/by/4.0/legalcode.nl"), EU + "licence/CC_BY_4_0"),
                Arguments.of(iri("https://creativecommons.org/licenses/by/4.0/deed.nl"), EU + "licence/CC_BY_4_0"),
                Arguments.of(iri("http://creativecommons.org/licenses/by-sa/3.0/"), EU + "licence/CC_BYSA_3_0"),
                Arguments.of(iri("https://creativecommons.org/licenses/by-nc-nd/4.0/"), EU + "licence/CC_BYNCND_4_0"),
                Arguments.of(iri("https://creativecommons.org/publicdomain/zero/1.0/"), EU + "licence/CC0"),
                Arguments.of(literal("https://creativecommons.org/publicdomain/zero/1.0/deed.nl"), EU + "licence/CC0"),
                Arguments.of(iri("http://opendatacommons.org/licenses/odbl/1.0/"), EU + "licence/ODC_BL"),
                Arguments.of(iri("https://opendatacommons.org/licenses/by/summary/"), EU + "licence/ODC_BY"),
                Arguments.of(iri("http://www.opendefinition.org/licenses/odc-pddl"), EU + "licence/ODC_PDDL"),
                Arguments.of(iri("https://spdx.org/licenses/CC-BY-4.0.html"), EU + "licence/CC_BY_4_0"),
                Arguments.of(iri("http://data.vlaanderen.be/id/licentie/modellicentie-gratis-hergebruik/v1.0"), FLEMISH),
                Arguments.of(literal(FLEMISH), FLEMISH),
                Arguments.of(iri(EU + "licence/CC_BY"), EU + "licence/CC_BY_4_0"),
                Arguments.of(literal(EU + "licence/CC0"), EU + "licence/CC0"),
                Arguments.of(literal("<p>Deze dataset valt onder <a href=\"https://creativecommons.org/licenses/by/4.0/deed.nl\">"
                        + "CC BY 4.0</a>.</p>"), EU + "licence/CC_BY_4_0"),
                Arguments.of(literal("<DIV STYLE=\"text-align:Left;\"><P><SPAN>CC0 1.0</SPAN></P></DIV>"), EU + "licence/CC0"));
    }

    @ParameterizedTest
    @MethodSource("licences")
    void licencesBecomeEuLicenceIris(Node raw, String expected) {
        assertRepaired(DISTRIBUTION, DCTerms.license.asNode(), raw, iri(expected));
    }

    static Stream<Node> unmappedLicences() {
        return Stream.of(literal("cc-by"), literal("CC BY-SA"), literal("other-open"), literal("Public Domain"),
                literal("notspecified"), literal("Licence Ouverte Version 2.0"),
                iri("http://creativecommons.org/licenses/by/3.0/nl/"), iri("https://data.stad.gent/algemene-licentie"),
                iri("http://www.opendefinition.org/licenses/cc-by"), iri("http://test.com/lic1"),
                literal("<p>Zie de <b>voorwaarden</b> op de website.</p>"), iri(EU + "licence/NOPE"));
    }

    @ParameterizedTest
    @MethodSource("unmappedLicences")
    void uncertainLicencesAreKeptAndFlagged(Node raw) {
        assertUnmapped(DISTRIBUTION, DCTerms.license.asNode(), raw);
    }

    // ---- dct:language -------------------------------------------------------------------------

    static Stream<Arguments> languages() {
        return Stream.of(repairTo("nl", "language/NLD"), repairTo("nld", "language/NLD"), repairTo("dut", "language/NLD"),
                repairTo("Dutch", "language/NLD"), repairTo("Nederlands", "language/NLD"), repairTo("NL", "language/NLD"),
                repairTo("nl-BE", "language/NLD"), repairTo("nl_BE", "language/NLD"), repairTo("en", "language/ENG"),
                repairTo("eng", "language/ENG"), repairTo("English", "language/ENG"), repairTo("fr", "language/FRA"),
                repairTo("fre", "language/FRA"), repairTo("Français", "language/FRA"), repairTo("de", "language/DEU"),
                repairTo("ger", "language/DEU"), repairTo("Deutsch", "language/DEU"), repairTo("es", "language/SPA"),
                repairTo("ca", "language/CAT"),
                Arguments.of(literal(EU + "language/ENG"), EU + "language/ENG"),
                Arguments.of(iri("http://id.loc.gov/vocabulary/iso639-1/nl"), EU + "language/NLD"),
                Arguments.of(iri("http://lexvo.org/id/iso639-3/nld"), EU + "language/NLD"),
                Arguments.of(iri(EU + "language/nld"), EU + "language/NLD"));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void languagesBecomeEuLanguageIris(Node raw, String expected) {
        assertRepaired(DATASET, DCTerms.language.asNode(), raw, iri(expected));
    }

    static Stream<Node> unmappedLanguages() {
        return Stream.of(literal("拉丁语"), literal("Vlaams"), literal("xx"), iri(EU + "language/XYZ"),
                iri("http://purl.org/dc/terms/language"));
    }

    @ParameterizedTest
    @MethodSource("unmappedLanguages")
    void unknownLanguagesAreKeptAndFlagged(Node raw) {
        assertUnmapped(DATASET, DCTerms.language.asNode(), raw);
    }

    // ---- dct:accrualPeriodicity ---------------------------------------------------------------

    static Stream<Arguments> frequencies() {
        return Stream.of(repairTo("asNeeded", "frequency/AS_NEEDED"), repairTo("indien nodig", "frequency/AS_NEEDED"),
                repairTo("daily", "frequency/DAILY"), repairTo("dagelijks", "frequency/DAILY"),
                repairTo("dagel\u0133ks", "frequency/DAILY"), repairTo("R/P1D", "frequency/DAILY"),
                repairTo("weekly", "frequency/WEEKLY"), repairTo("wekelijks", "frequency/WEEKLY"),
                repairTo("R/P1W", "frequency/WEEKLY"), repairTo("monthly", "frequency/MONTHLY"),
                repairTo("maandelijks", "frequency/MONTHLY"), repairTo("R/P1M", "frequency/MONTHLY"),
                repairTo("annual", "frequency/ANNUAL"), repairTo("yearly", "frequency/ANNUAL"),
                repairTo("Annually", "frequency/ANNUAL"), repairTo("jaarlijks", "frequency/ANNUAL"),
                repairTo("R/P1Y", "frequency/ANNUAL"), repairTo("quarterly", "frequency/QUARTERLY"),
                repairTo("R/P3M", "frequency/QUARTERLY"), repairTo("continuously updated", "frequency/UPDATE_CONT"),
                repairTo("continual", "frequency/UPDATE_CONT"), repairTo("real-time", "frequency/UPDATE_CONT"),
                repairTo("continuous", "frequency/CONT"), repairTo("irregular", "frequency/IRREG"),
                repairTo("onregelmatig", "frequency/IRREG"), repairTo("never", "frequency/NEVER"),
                repairTo("hourly", "frequency/HOURLY"), repairTo("R/PT1H", "frequency/HOURLY"),
                repairTo("ANNUAL", "frequency/ANNUAL"),
                Arguments.of(iri("http://purl.org/cld/freq/irregular"), EU + "frequency/IRREG"),
                Arguments.of(iri("http://purl.org/cld/terms/annual"), EU + "frequency/ANNUAL"),
                Arguments.of(literal(EU + "frequency/MONTHLY"), EU + "frequency/MONTHLY"));
    }

    @ParameterizedTest
    @MethodSource("frequencies")
    void frequenciesBecomeEuFrequencyIris(Node raw, String expected) {
        assertRepaired(DATASET, DCTerms.accrualPeriodicity.asNode(), raw, iri(expected));
    }

    static Stream<Node> unmappedFrequencies() {
        return Stream.of(literal("PUNCTUAL"), literal("每年"), literal("R/PT12H"),
                iri("http://purl.org/cld/freq/sometimes"));
    }

    @ParameterizedTest
    @MethodSource("unmappedFrequencies")
    void unknownFrequenciesAreKeptAndFlagged(Node raw) {
        assertUnmapped(DATASET, DCTerms.accrualPeriodicity.asNode(), raw);
    }

    // ---- dcat:theme ---------------------------------------------------------------------------

    static Stream<Arguments> themes() {
        return Stream.of(repairTo("Transport", "data-theme/TRAN"), repairTo("TRAN", "data-theme/TRAN"),
                repairTo("Mobiliteit", "data-theme/TRAN"), repairTo("Milieu", "data-theme/ENVI"),
                repairTo("Environment", "data-theme/ENVI"), repairTo("Leefmilieu", "data-theme/ENVI"),
                repairTo("Economie en financiën", "data-theme/ECON"), repairTo("Regio's en steden", "data-theme/REGI"),
                repairTo("gezondheid", "data-theme/HEAL"),
                Arguments.of(literal(EU + "data-theme/GOVE"), EU + "data-theme/GOVE"));
    }

    @ParameterizedTest
    @MethodSource("themes")
    void themesBecomeEuThemeIris(Node raw, String expected) {
        assertRepaired(DATASET, DCAT.theme.asNode(), raw, iri(expected));
    }

    static Stream<Arguments> belgianThemes() {
        return Stream.of(Arguments.of("http://vocab.belgif.be/auth/datatheme/SOCI", "SOCI"),
                Arguments.of("http://vocab.belgif.be/auth/datatheme/CULT", "EDUC"),
                Arguments.of("http://vocab.belgif.be/auth/be-theme/MOBI#id", "TRAN"),
                Arguments.of("http://vocab.belgif.be/auth/be-theme/HOUS#id", "SOCI"));
    }

    @ParameterizedTest
    @MethodSource("belgianThemes")
    void belgianThemesAreKeptAndTheirEuThemeAdded(String belgian, String code) {
        Normalised n = NORMALISER.normalise(Records.with(DATASET, DCAT.theme.asNode(), iri(belgian)));
        assertEquals(List.of(iri(EU + "data-theme/" + code), iri(belgian)), objects(n.record().graph(), DATASET, DCAT.theme.asNode()));
        assertEquals(1, n.problems().size());
        assertTrue(n.problems().get(0).reason().startsWith("dcat:theme of " + Records.DS + ": added <" + EU + "data-theme/"
                + code + "> next to <" + belgian + "> (skos:"), n.problems().get(0).reason());
    }

    static Stream<Node> unmappedThemes() {
        return Stream.of(literal("Spatial planning, Town planning, Buildings, Equipment, Housing"), iri("http://test.com/code6"),
                iri("http://vocab.belgif.be/auth/be-theme/WORK#id"), literal("Product"));
    }

    @ParameterizedTest
    @MethodSource("unmappedThemes")
    void unknownThemesAreKeptAndFlagged(Node raw) {
        assertUnmapped(DATASET, DCAT.theme.asNode(), raw);
    }

    // ---- dct:accessRights ---------------------------------------------------------------------

    static Stream<Arguments> accessRights() {
        return Stream.of(repairTo("public", "access-right/PUBLIC"), repairTo("Public", "access-right/PUBLIC"),
                repairTo("open", "access-right/PUBLIC"), repairTo("publiek", "access-right/PUBLIC"),
                repairTo("restricted public", "access-right/RESTRICTED"), repairTo("non-public", "access-right/NON_PUBLIC"),
                Arguments.of(iri("http://inspire.ec.europa.eu/metadata-codelist/LimitationsOnPublicAccess/noLimitations"),
                        EU + "access-right/PUBLIC"));
    }

    @ParameterizedTest
    @MethodSource("accessRights")
    void accessRightsBecomeEuAccessRightIris(Node raw, String expected) {
        assertRepaired(DATASET, DCTerms.accessRights.asNode(), raw, iri(expected));
    }

    static Stream<Node> unmappedAccessRights() {
        return Stream.of(literal(""), literal("op aanvraag"), iri("http://test.com/code4"));
    }

    @ParameterizedTest
    @MethodSource("unmappedAccessRights")
    void unknownAccessRightsAreKeptAndFlagged(Node raw) {
        assertUnmapped(DATASET, DCTerms.accessRights.asNode(), raw);
    }

    // ---- dates --------------------------------------------------------------------------------

    static Stream<Arguments> dates() {
        return Stream.of(Arguments.of("22/11/2026", date("2026-11-22")),
                Arguments.of("22-11-2026", date("2026-11-22")),
                Arguments.of("11/22/2026", date("2026-11-22")),
                Arguments.of("05/05/2026", date("2026-05-05")),
                Arguments.of("2026/11/22", date("2026-11-22")),
                Arguments.of("2026-11-22", date("2026-11-22")),
                Arguments.of(" 2026-11-22 ", date("2026-11-22")),
                Arguments.of("2026-11-22 10:00:00", dateTime("2026-11-22T10:00:00")),
                Arguments.of("2012-05-10T21:04", dateTime("2012-05-10T21:04:00")),
                Arguments.of("2026-11-22T10:00:00.000+0100", dateTime("2026-11-22T10:00:00.000+01:00")),
                Arguments.of("2020-07-13T17:31:25.399151", dateTime("2020-07-13T17:31:25.399151")),
                Arguments.of("2024-02-09T14:33:50.766Z", dateTime("2024-02-09T14:33:50.766Z")),
                Arguments.of("22.11.2026 10:15", dateTime("2026-11-22T10:15:00")),
                Arguments.of("Sun, 22 Nov 2026 10:00:00 GMT", dateTime("2026-11-22T10:00:00Z")),
                Arguments.of("Sun, 22 Nov 2026 10:00:00 +0100", dateTime("2026-11-22T10:00:00+01:00")),
                Arguments.of("1795338000000", dateTime("2026-11-22T09:00:00Z")),
                Arguments.of("2026", NodeFactory.createLiteralDT("2026", XSDDatatype.XSDgYear)),
                Arguments.of("2026-11", NodeFactory.createLiteralDT("2026-11", XSDDatatype.XSDgYearMonth)));
    }

    @ParameterizedTest
    @MethodSource("dates")
    void datesBecomeTypedWhenCertain(String raw, Node expected) {
        assertRepaired(DATASET, DCTerms.modified.asNode(), literal(raw), expected);
        assertRepaired(DISTRIBUTION, DCTerms.issued.asNode(), literal(raw), expected);
    }

    @ParameterizedTest
    @MethodSource("dates")
    void mistypedDatesAreRetyped(String raw, Node expected) {
        if (!XSDDatatype.XSDdateTime.isValid(raw)) {
            assertRepaired(DATASET, DCTerms.issued.asNode(), NodeFactory.createLiteralDT(raw, XSDDatatype.XSDdateTime), expected);
        }
    }

    static Stream<Node> unmappedDates() {
        return Stream.of(literal("03/04/2026"), literal("31/02/2026"), literal("13/13/2026"),
                literal("jeu, 19/12/2019 - 03:00"), literal("gisteren"), literal(""), iri("https://data.gent.be/datum"),
                literal("2026-13-01"));
    }

    @ParameterizedTest
    @MethodSource("unmappedDates")
    void uncertainDatesAreKeptAndFlagged(Node raw) {
        assertUnmapped(DATASET, DCTerms.modified.asNode(), raw);
    }

    // ---- IRIs given as text -------------------------------------------------------------------

    static Stream<Arguments> webIris() {
        return Stream.of(Arguments.of(DATASET, DCAT.landingPage.asNode(), literal("https://data.gent.be/fietsenstallingen"),
                        "https://data.gent.be/fietsenstallingen"),
                Arguments.of(DATASET, DCAT.landingPage.asNode(), literal("  https://data.gent.be/fietsenstallingen \n"),
                        "https://data.gent.be/fietsenstallingen"),
                Arguments.of(DISTRIBUTION, DCAT.downloadURL.asNode(), literal("https://data.gent.be/files/fiets stallingen.csv"),
                        "https://data.gent.be/files/fiets%20stallingen.csv"),
                Arguments.of(DISTRIBUTION, DCAT.accessURL.asNode(), iri("https://data.gent.be/files/fiets stallingen.csv"),
                        "https://data.gent.be/files/fiets%20stallingen.csv"),
                Arguments.of(DISTRIBUTION, DCAT.accessURL.asNode(), literal("ftp://ftp.gent.be/fietsen.zip"),
                        "ftp://ftp.gent.be/fietsen.zip"),
                Arguments.of(DATASET, FOAF.homepage.asNode(), literal("http://www.gent.be"), "http://www.gent.be"),
                Arguments.of(DISTRIBUTION, DCTerms.conformsTo.asNode(), literal("https://data.vlaanderen.be/ns/mobiliteit"),
                        "https://data.vlaanderen.be/ns/mobiliteit"));
    }

    @ParameterizedTest
    @MethodSource("webIris")
    void addressesGivenAsTextBecomeIris(Node subject, Node property, Node raw, String expected) {
        assertRepaired(subject, property, raw, iri(expected));
    }

    static Stream<Node> unmappedWebIris() {
        return Stream.of(literal("www.gent.be/fietsen"), literal("/dataset/fietsenstallingen"), literal("niet beschikbaar"),
                literal("https://data.gent.be/{id}"), iri("fietsen.csv"), literal(""));
    }

    @ParameterizedTest
    @MethodSource("unmappedWebIris")
    void addressesThatAreNotCertainAreKeptAndFlagged(Node raw) {
        assertUnmapped(DATASET, DCAT.landingPage.asNode(), raw);
    }

    // ---- language tags ------------------------------------------------------------------------

    static Stream<Arguments> languageTags() {
        return Stream.of(Arguments.of("dutch", "nl"), Arguments.of("nld", "nl"), Arguments.of("eng", "en"),
                Arguments.of("Nederlands", "nl"), Arguments.of("fre", "fr"), Arguments.of("nld-BE", "nl-BE"));
    }

    @ParameterizedTest
    @MethodSource("languageTags")
    void oddLanguageTagsBecomeBcp47(String raw, String expected) {
        assertRepaired(DATASET, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Fietsenstallingen", raw),
                NodeFactory.createLiteralLang("Fietsenstallingen", expected));
        assertRepaired(DISTRIBUTION, DCAT.keyword.asNode(), NodeFactory.createLiteralLang("fiets", raw),
                NodeFactory.createLiteralLang("fiets", expected));
    }

    static Stream<Arguments> rawLanguageTags() {
        return Stream.of(Arguments.of("nl_BE", "nl-BE"), Arguments.of("NL-be ", "nl-BE"), Arguments.of("dutch", "nl"),
                Arguments.of("Nederlands", "nl"), Arguments.of("nld", "nl"), Arguments.of("en-gb", "en-GB"),
                Arguments.of("sr_latn_rs", "sr-Latn-RS"), Arguments.of("fr", "fr"));
    }

    @ParameterizedTest
    @MethodSource("rawLanguageTags")
    void rawLanguageTagsAreMadeWellFormedForMappers(String raw, String expected) {
        assertEquals(Optional.of(expected), LanguageTags.wellFormed(raw));
    }

    // ---- values that are fine are left alone --------------------------------------------------

    static Stream<Arguments> validValues() {
        return Stream.of(Arguments.of(DISTRIBUTION, DCTerms.format.asNode(), iri(EU + "file-type/CSV")),
                Arguments.of(DISTRIBUTION, DCTerms.format.asNode(), iri(EU + "file-type/GEOJSON")),
                Arguments.of(DISTRIBUTION, DCAT.mediaType.asNode(), iri(IANA + "text/csv")),
                Arguments.of(DISTRIBUTION, DCAT.mediaType.asNode(), iri("http://www.iana.org/assignments/media-types/application/json")),
                Arguments.of(DISTRIBUTION, DCTerms.license.asNode(), iri(EU + "licence/CC_BY_4_0")),
                Arguments.of(DISTRIBUTION, DCTerms.license.asNode(), iri(FLEMISH)),
                Arguments.of(DATASET, DCTerms.language.asNode(), iri(EU + "language/NLD")),
                Arguments.of(DATASET, DCTerms.accrualPeriodicity.asNode(), iri(EU + "frequency/DAILY")),
                Arguments.of(DATASET, DCTerms.accrualPeriodicity.asNode(), iri(EU + "frequency/HOURLY")),
                Arguments.of(DATASET, DCAT.theme.asNode(), iri(EU + "data-theme/TRAN")),
                Arguments.of(DATASET, DCTerms.accessRights.asNode(), iri(EU + "access-right/PUBLIC")),
                Arguments.of(DATASET, DCTerms.modified.asNode(), date("2026-11-22")),
                Arguments.of(DATASET, DCTerms.modified.asNode(), dateTime("2026-11-22T10:00:00Z")),
                Arguments.of(DATASET, DCAT.landingPage.asNode(), iri("https://data.gent.be/fietsenstallingen")),
                Arguments.of(DATASET, DCTerms.title.asNode(), literal("Fietsenstallingen")),
                Arguments.of(DATASET, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Fietsenstallingen", "nl-BE")),
                Arguments.of(DATASET, DCTerms.description.asNode(), NodeFactory.createLiteralLang("Bike sheds", "en")),
                Arguments.of(DATASET, DCTerms.identifier.asNode(), literal("CSV")));
    }

    @ParameterizedTest
    @MethodSource("validValues")
    void validValuesAreLeftAloneAndNotReported(Node subject, Node property, Node value) {
        HarvestedRecord record = Records.with(subject, property, value);
        Normalised n = NORMALISER.normalise(record);
        assertEquals(List.of(), n.problems());
        assertTrue(n.record().graph().isIsomorphicWith(record.graph()));
        assertEquals(List.of(value), objects(n.record().graph(), subject, property));
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static Arguments repair(String raw, String fileTypeCode) {
        return Arguments.of(literal(raw), fileTypeCode);
    }

    private static Arguments repairTo(String raw, String euPath) {
        return Arguments.of(literal(raw), EU + euPath);
    }

    static Node date(String lexical) {
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdate);
    }

    static Node dateTime(String lexical) {
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdateTime);
    }

    static List<Node> objects(Graph graph, Node subject, Node property) {
        return G.find(graph, subject, property, null).toList().stream().map(Triple::getObject)
                .sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
    }

    private static void assertRepaired(Node subject, Node property, Node raw, Node expected) {
        HarvestedRecord record = Records.with(subject, property, raw);
        Normalised n = NORMALISER.normalise(record);
        assertEquals(List.of(expected), objects(n.record().graph(), subject, property));
        assertEquals(record.graph().size(), n.record().graph().size(), "one triple replaced by one");
        assertEquals(1, n.problems().size(), () -> n.problems().toString());
        RecordProblem p = n.problems().get(0);
        assertFalse(p.rejected());
        assertEquals("gent", p.sourceId());
        assertEquals("fietsenstallingen", p.recordId());
        assertEquals(Records.PAGE, p.page());
        String expectedStart = RecordTexts.node(property).replace("<" + DCTerms.NS, "dct:").replace("<" + DCAT.NS, "dcat:")
                .replace("<" + FOAF.NS, "foaf:").replace(">", "") + " of <" + subject.getURI() + ">: changed "
                + RecordTexts.node(raw) + " to " + RecordTexts.node(expected) + " (";
        assertTrue(p.reason().startsWith(expectedStart) && p.reason().endsWith(")"), p.reason());
        assertTrue(record.graph().contains(subject, property, raw), "the input record is not changed");
    }

    private static void assertUnmapped(Node subject, Node property, Node raw) {
        HarvestedRecord record = Records.with(subject, property, raw);
        Normalised n = NORMALISER.normalise(record);
        assertEquals(List.of(raw), objects(n.record().graph(), subject, property));
        assertTrue(n.record().graph().isIsomorphicWith(record.graph()));
        assertEquals(1, n.problems().size(), () -> n.problems().toString());
        RecordProblem p = n.problems().get(0);
        assertFalse(p.rejected());
        String property2 = RecordTexts.node(property).replace("<" + DCTerms.NS, "dct:").replace("<" + DCAT.NS, "dcat:")
                .replace(">", "");
        assertTrue(p.reason().startsWith("kept unmapped: " + property2 + " " + RecordTexts.node(raw) + " of <"
                + subject.getURI() + ">: "), p.reason());
    }
}
