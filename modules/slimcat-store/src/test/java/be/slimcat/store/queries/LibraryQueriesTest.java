// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.slimcat.store.CatalogueStore;
import be.slimcat.store.StoreUnderTest;
import be.slimcat.store.SampleData;
import be.slimcat.vocab.SlimcatIris;

/**
 * The library queries answer the seeds-digest §5 questions on the bundled sample data (a real TDB2
 * store). Expected rows were worked out from data-samples/inventory and data-samples/examples (one
 * row per line, columns joined by " | ", {@code https://data.slimcat.be/id/} left out). The queries
 * that read the quality graphs are tested in the CLI module, which writes those graphs.
 */
class LibraryQueriesTest {
    private static final String ID = "https://data.slimcat.be/id/";
    @TempDir static Path dir;
    private static CatalogueStore store;

    @BeforeAll
    static void load() {
        store = StoreUnderTest.open(dir);
        new SampleData(SlimcatIris.defaults()).loadInto(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /**
     * Asserts equal tables, but for the order of the items a GROUP_CONCAT lists in a row, which SPARQL leaves to
     * the engine (the embedded TDB2 store and a remote service list them in different orders): each row is
     * compared as its sorted items, the cells split at {@code " | "} and {@code ", "}.
     */
    private static void assertSameListsInRows(String expected, String actual) {
        assertEquals(itemsPerRow(expected), itemsPerRow(actual), actual);
    }

    private static List<List<String>> itemsPerRow(String table) {
        // an empty last cell leaves the row ending in " |": that is a separator too
        return table.lines().map(row -> java.util.Arrays.stream(row.split(" \\| |, | \\|$")).sorted().toList()).toList();
    }

    /** The rows of the library query {@code name} with the given {@code key=value} parameters, as a table. */
    private static String table(String name, String... parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String parameter : parameters) {
            String[] kv = parameter.split("=", 2);
            values.put(kv[0], kv[1]);
        }
        QueryResult result = QueryLibrary.bundled().get(name).bind(values, SlimcatIris.defaults()).select(store);
        StringBuilder table = new StringBuilder();
        for (List<String> row : result.texts()) {
            table.append(String.join(" | ", row).replace(ID, "").stripTrailing()).append('\n');
        }
        return table.toString();
    }

    /** §5 q20. */
    @Test
    void funding_for_a_small_municipalitys_mobility_pilot_at_flemish_level() {
        assertSameListsInRows("""
                instrument/pio-cofinanciering | PIO-cofinanciering | Financial instrument | Study, Research and development | 0.5 | 5000000.0 |
                instrument/pio-infosessies | PIO-infosessies | Matchmaking and networking instrument |  |  |  |
                instrument/vleva-informatieplatform | VLEVA informatieplatform en periodiek overzicht van financiële instrumenten | Matchmaking and networking instrument |  |  |  |
                """, table("funding-for-a-pilot"));
    }

    /** §5 q20. */
    @Test
    void funding_for_a_small_municipalitys_mobility_pilot_at_european_level() {
        assertEquals("""
                instrument/european-capital-of-innovation | European Capital of Innovation (iCapital) | Financial instrument |  |  |  |
                instrument/digital-cities-challenge | Digital Cities Challenge | Matchmaking and networking instrument |  |  |  |
                instrument/smarter-together-club-of-cities | Smarter Together Club of Cities | Matchmaking and networking instrument |  |  |  |
                """, table("funding-for-a-pilot", "policyLevel=https://data.slimcat.be/id/concept/beleidsniveau/europees"));
    }

    /** §5 q20, q23. */
    @Test
    void european_and_flemish_funding_for_municipalities() {
        assertEquals("""
                instrument/efro-oproep-ondernemingsvriendelijk-klimaat-gti-kempen | Bevorderen van een ondernemingsvriendelijk klimaat bij lokale en provinciale besturen - GTI Kempen | European, Flemish |  |
                instrument/city-of-things-2018 | City of Things call | Flemish |  | 4000000.0
                instrument/digital-cities-challenge | Digital Cities Challenge | European |  |
                instrument/efro-programma-vlaanderen-2014-2020 | ERDF programme Flanders 2014-2020 | European, Flemish |  | 175600000.0
                instrument/european-capital-of-innovation | European Capital of Innovation (iCapital) | European |  |
                instrument/pio-cofinanciering | PIO cofinancing of innovative public procurement | Flemish | 0.5 | 5000000.0
                instrument/pio-infosessies | PIO information sessions | Flemish |  |
                instrument/smarter-together-club-of-cities | Smarter Together Club of Cities | European |  |
                instrument/vleva-informatieplatform | VLEVA information platform and periodic overview of funding instruments | Flemish |  |
                """, table("funding-for-municipalities"));
    }

    /** §5 q23. */
    @Test
    void instruments_for_intercommunales() {
        assertEquals("""
                instrument/eeee | EEEE | Government service |
                instrument/efro-programma-vlaanderen-2014-2020 | EFRO-programma Vlaanderen 2014-2020 | Government service | Het EFRO-programma is vooral bedoeld voor projecten van publieke actoren – en zo dus ook de Vlaamse lokale besturen. Private actoren kunnen evenwel ook in aanmerking komen "op voorwaarde dat ze rechtspersoonlijkheid hebben in Vlaanderen en de Europese regels voor staatssteun respecteren".
                instrument/elena | ELENA | Government service |
                instrument/jaspers | JASPERS | Government service |
                instrument/marktplaats-voor-start-ups-en-scale-ups | Marktplaats voor start-ups en scale-ups | Government service |
                instrument/pio-cofinanciering | PIO-cofinanciering | Government service | PIO biedt informatie en begeleiding aan "alle Vlaamse publieke actoren"; cofinanciering van 50% van de aankoop van onderzoek- en ontwikkelingsdiensten "indien een voorgesteld project voldoet aan ruime voorwaarden van innovativiteit".
                instrument/smart-cities-climate-action-circular-economy-ii | Smart Cities, Climate Action & Circular Economy II | Intermunicipal company | Belgische lokale besturen, intercommunales en non-profitorganisaties uit de sociale sector en het onderwijs.
                instrument/vlaio-onderzoeks-en-ontwikkelingsprojecten | Onderzoeks- en ontwikkelingsprojecten | Government service | Ook publieke instanties kunnen subsidiëring bekomen, "zoals bijvoorbeeld het Havenbedrijf, De Watergroep, de VRT, of de Lijn".
                instrument/vleva-informatieplatform | VLEVA informatieplatform en periodiek overzicht van financiële instrumenten | Government service | Vlaamse overheden en het maatschappelijke middenveld; het periodiek overzicht wordt verspreid over de leden.
                """, table("instruments-for-applicant"));
    }

    /** §5 q34. */
    @Test
    void instruments_for_smes() {
        assertSameListsInRows("""
                instrument/efro-programma-vlaanderen-2014-2020 | EFRO-programma Vlaanderen 2014-2020 | Company | Het EFRO-programma is vooral bedoeld voor projecten van publieke actoren – en zo dus ook de Vlaamse lokale besturen. Private actoren kunnen evenwel ook in aanmerking komen "op voorwaarde dat ze rechtspersoonlijkheid hebben in Vlaanderen en de Europese regels voor staatssteun respecteren".
                instrument/kmo-portefeuille | KMO-Portefeuille | Company, SME |
                instrument/smart-reverse-pitching | Smart Reverse Pitching | Company |
                instrument/vlaio-onderzoeks-en-ontwikkelingsprojecten | Onderzoeks- en ontwikkelingsprojecten | Company | Ook publieke instanties kunnen subsidiëring bekomen, "zoals bijvoorbeeld het Havenbedrijf, De Watergroep, de VRT, of de Lijn".
                instrument/voka-limburg-smart-city-ledennetwerk | Smart City ledennetwerk van VOKA Limburg | Company |
                """, table("instruments-for-applicant", "applicantType=https://data.slimcat.be/id/concept/actorcategorie/kmo"));
    }

    /** §5 q21. */
    @Test
    void indirect_smart_city_instruments() {
        assertEquals("""
                instrument/abb-stadsvernieuwing | Stadsvernieuwing | Financial instrument
                instrument/efro-programma-vlaanderen-2014-2020 | EFRO-programma Vlaanderen 2014-2020 | Financial instrument
                instrument/european-capital-of-innovation | European Capital of Innovation (iCapital) | Financial instrument
                instrument/jessica | JESSICA | Financial instrument
                instrument/kmo-portefeuille | KMO-Portefeuille | Financial instrument
                instrument/pio-cofinanciering | PIO-cofinanciering | Financial instrument
                instrument/rural-development-2014-2020 | Rural development 2014-2020 of Gemeenschappelijk Landbouwbeleid en het Europees Landbouwfonds voor | Financial instrument
                instrument/salkturbo-projectoproepen | SALKturbo projectoproepen | Financial instrument
                instrument/speerpuntcluster-financiering | Financiering van de speerpuntclusters | Financial instrument
                instrument/urban-innovative-actions | Urban Innovative Actions | Financial instrument
                """, table("instruments-by-relevance", "relevance=https://data.slimcat.be/id/concept/slimmestad-relevantie/indirect"));
    }

    /** §5 q22. */
    @Test
    void conditions_of_urban_innovative_actions() {
        assertEquals("""
                5000000.0 | 0.8 | 36 | Nord-Pas de Calais Region
                """, table("urban-innovative-actions"));
    }

    /** §5 q22. */
    @Test
    void conditions_of_pio_cofinancing() {
        assertEquals("""
                 | 0.5 |  |
                """, table("urban-innovative-actions", "instrument=https://data.slimcat.be/id/instrument/pio-cofinanciering"));
    }

    /** §5 q24. */
    @Test
    void mobility_pilots_and_their_lessons() {
        assertEquals("""
                project/scifi | Smart Cities Innovation Framework Implementation | Mechelen | 8 | 2
                project/mobicon | Mobicon |  | 6 | 0
                project/roeselare-verkeersveiligheid-machine-learning | Increasing traffic safety through machine learning | Roeselare | 3 | 0
                project/antwerpen-slimme-verlichting-geconnecteerde-wachthuisjes | Smart lighting and connected bus shelters (Antwerpen) |  | 2 | 0
                project/antwerpse-smart-zone | Antwerp Smart Zone |  | 2 | 1
                project/digital-twin-antwerpen | Digital Twin Antwerpen | imec | 2 | 1
                project/kust-drukte-monitoring | Crowd monitoring at the coast: scouting and matchmaking |  | 2 | 0
                project/coock-opportuniteitssessies | Two Coock opportunity sessions |  | 1 | 0
                project/digital-twin-haven-van-antwerpen | Digital Twin van de Haven van Antwerpen | Port of Antwerp | 1 | 1
                project/mobilidata | Mobilidata |  | 1 | 0
                project/optimod | Optimod |  | 1 | 0
                project/polivisu | PoliVisu | Digital Flanders Agency (Informatie Vlaanderen) | 1 | 0
                project/slim-naar-antwerpen | Slim naar Antwerpen |  | 1 | 0
                """, table("mobility-pilots-and-lessons"));
    }

    /** §5 q26. */
    @Test
    void framework_contracts() {
        assertEquals("""
                project/smart-city-marketplace | Smart City Marktplaats | Bonheiden | Completed
                project/smart-city-tool-box | Smart City Tool Box | Kortrijk | Ongoing
                """, table("framework-contracts"));
    }

    /** §5 q27. */
    @Test
    void intercommunales_and_group_purchases() {
        assertSameListsInRows("""
                organisatie/interleuven | Interleuven | project/smart-city-marketplace | Smart City Marktplaats | Framework contract, Consortium of authorities, Group purchase
                organisatie/leiedal | Intercommunale Leiedal | project/smart-cities-nsr | Creating an innovation network |
                organisatie/leiedal | Intercommunale Leiedal | project/smart-city-marketplace | Smart City Marktplaats | Framework contract, Consortium of authorities, Group purchase
                """, table("intercommunales-in-projects"));
    }

    /** §5 q29. */
    @Test
    void purchasing_methods_of_cities() {
        assertSameListsInRows("""
                Consortium of authorities | project/smart-city-marketplace | Smart City Marktplaats | Mechelen, Sint-Martens-Latem, Borsbeek, Sint-Niklaas, Keerbergen, Bonheiden, Aartselaar, Edegem, Oostende, Lokeren, Hoeilaart, Zwevegem, Bornem, Willebroek, Harelbeke, Brasschaat
                Framework contract | project/smart-city-marketplace | Smart City Marktplaats | Mechelen, Sint-Martens-Latem, Borsbeek, Sint-Niklaas, Keerbergen, Bonheiden, Aartselaar, Edegem, Oostende, Lokeren, Hoeilaart, Zwevegem, Bornem, Willebroek, Harelbeke, Brasschaat
                Framework contract | project/smart-city-tool-box | Smart City Tool Box | Kortrijk
                Group purchase | project/smart-city-marketplace | Smart City Marktplaats | Mechelen, Sint-Martens-Latem, Borsbeek, Sint-Niklaas, Keerbergen, Bonheiden, Aartselaar, Edegem, Oostende, Lokeren, Hoeilaart, Zwevegem, Bornem, Willebroek, Harelbeke, Brasschaat
                Innovation procurement | project/scifi | Smart Cities Innovation Framework Implementation | Ville de Saint-Quentin, Gemeente Delft, Brugge, Mechelen
                Market consultation | project/fluvius-smart-city-marktverkenning | Marktverkenning Smart City oplossingen voor Vlaamse steden en gemeenten |
                Modular procurement | project/acpaas | ACPaaS platform |
                Reverse pitching | project/reverse-pitchings-agoria-smart-city-forum-2019 | Reverse pitchings op het Smart City Forum 2019 van Agoria |
                """, table("procurement-by-cities"));
    }

    /** §5 q28, q32. */
    @Test
    void priority_challenges_of_cities() {
        assertEquals("""
                gemeente/11002 | Antwerpen | luchtkwaliteit (in de Smart Zone)
                gemeente/11002 | Antwerpen | mobiliteit (bv. Slim naar Antwerpen app)
                gemeente/11002 | Antwerpen | verkeersdoorstroming
                gemeente/44021 | Gent | slimme detailhandel
                gemeente/34022 | Kortrijk | parkeerproblematiek
                """, table("city-challenges"));
    }

    /** §5 q25, q33. */
    @Test
    void companies_and_knowledge_institutions_in_mobility() {
        assertEquals("""
                organisatie/imec | imec | 3
                organisatie/pxl | Hogeschool PXL | 1
                organisatie/uhasselt | Universiteit Hasselt | 1
                organisatie/university-of-southampton | University of Southampton | 1
                """, table("partners-in-a-domain", "category=https://data.slimcat.be/id/concept/actorcategorie/kennisinstelling", "domain=https://data.slimcat.be/id/concept/domein/mobility"));
    }

    /** §5 q25. */
    @Test
    void companies_in_smart_environment() {
        assertEquals("""
                organisatie/de-standaard | De Standaard | 1
                organisatie/havenbedrijf-antwerpen | Havenbedrijf Antwerpen | 1
                organisatie/watt-factory | WattFactory | 0
                """, table("partners-in-a-domain"));
    }

    /** §5 q35. */
    @Test
    void accelerators_and_incubators() {
        assertEquals("""
                organisatie/citylab-corda-campus | CityLab (Corda Campus) |  |
                organisatie/the-beacon | The Beacon |  |
                organisatie/watt-factory | WattFactory | instrument/wattfactory-acceleratorprogramma | Acceleratorprogramma van WattFactory
                """, table("accelerators-and-incubators"));
    }

    /** §5 q36. */
    @Test
    void members_of_the_knowledge_centre_of_flemish_cities() {
        assertSameListsInRows("""
                gemeente/11002 | Antwerpen | City or municipality, Regional centre city, Large city or municipality
                gemeente/12025 | Mechelen | City or municipality, Regional centre city
                gemeente/35013 | Oostende | City or municipality, Regional centre city
                gemeente/46021 | Sint-Niklaas | City or municipality, Regional centre city
                organisatie/vvsg | Vereniging van Vlaamse Steden en Gemeenten | Intermediary organisation, Representative organisation
                """, table("network-members"));
    }

    /** §5 q37. */
    @Test
    void foreign_partners() {
        assertSameListsInRows("""
                organisatie/grand-lyon | Grand Lyon | Grand Lyon Data Exchange Platform
                organisatie/smart-city-agency-wenen | Smart City Agency (Wenen) | Smart City Wien Framework Strategy
                organisatie/stad-delft | Gemeente Delft | Smart Cities Innovation Framework Implementation
                organisatie/stad-kiev | Kiev | Smarter Together
                organisatie/stad-kopenhagen | Kopenhagen | City Data Exchange
                organisatie/stad-lyon | Lyon | Smarter Together | Optimod
                organisatie/stad-munchen | München | Smarter Together
                organisatie/stad-saint-quentin | Ville de Saint-Quentin | Smart Cities Innovation Framework Implementation
                organisatie/stad-santiago-de-compostela | Santiago de Compostela | Smarter Together
                organisatie/stad-sofia | Sofia | Smarter Together
                organisatie/stad-venetie | Venetië | Smarter Together
                organisatie/stad-wenen | Wenen | Smarter Together | Smart City Wien Framework Strategy
                organisatie/stad-yokohama | Yokohama | Smarter Together
                """, table("foreign-partners"));
    }

    /** §5 q39. */
    @Test
    void projects_of_the_city_of_things_call() {
        assertEquals("""
                project/databroker | Databroker |  |  | 0 |
                project/leuven-open-iot-data-awareness | Creatie van open IoT data awareness bij lokale overheden |  |  | 0 |
                project/smart-city-marketplace | Smart City Marktplaats | Completed |  | 23 |
                """, table("projects-funded-by"));
    }

    /** §5 q40. */
    @Test
    void funding_per_provider() {
        assertEquals("""
                organisatie/europese-commissie | Europese Commissie | 17 | 175600000.0
                organisatie/vlaio | Agentschap Innoveren & Ondernemen | 6 | 4000000.0
                organisatie/eib | Europese Investeringsbank | 3 | 400000000.0
                organisatie/vlaamse-overheid | Vlaamse overheid | 3 | 20000000.0
                organisatie/pio | Programma Innovatieve Overheidsopdrachten | 2 | 5000000.0
                organisatie/smart-cities-vlaanderen | Smart Cities Vlaanderen | 2 | 0.0
                organisatie/abb | Agentschap Binnenlands Bestuur | 1 | 0.0
                organisatie/agoria | Agoria | 1 | 0.0
                organisatie/belfius | Belfius | 1 | 400000000.0
                organisatie/brussels-hoofdstedelijk-gewest | Brussels Hoofdstedelijk Gewest | 1 | 0.0
                organisatie/ceb | Council of Europe Development Bank | 1 | 0.0
                organisatie/euka | EUKA | 1 | 0.0
                organisatie/facilitair-bedrijf | Facilitair Bedrijf | 1 | 0.0
                organisatie/fit | Flanders Investment & Trade | 1 | 0.0
                organisatie/flux50 | Flux50 | 1 | 0.0
                organisatie/grand-lyon | Grand Lyon | 1 | 0.0
                organisatie/groen-licht-vlaanderen | Groen Licht Vlaanderen | 1 | 0.0
                organisatie/imec | imec | 1 | 0.0
                organisatie/iotvaluechain | IoTValueChain - The Beacon | 1 | 0.0
                organisatie/maas | MaaS | 1 | 0.0
                organisatie/ncp-flanders | NCP Flanders | 1 | 0.0
                organisatie/ovam | OVAM | 1 | 0.0
                organisatie/smart-buildings | Smart Buildings | 1 | 0.0
                organisatie/vil | VIL | 1 | 0.0
                organisatie/vleva | Vlaams-Europees Verbindingsagentschap | 1 | 0.0
                organisatie/voka-limburg | Voka Limburg | 1 | 0.0
                organisatie/vub | Vrije Universiteit Brussel | 1 | 0.0
                organisatie/vvsg | Vereniging van Vlaamse Steden en Gemeenten | 1 | 0.0
                organisatie/watt-factory | WattFactory | 1 | 0.0
                """, table("funding-per-organisation"));
    }

    /** §5 q42. */
    @Test
    void companies_per_nace_section() {
        assertEquals("""
                C | 1 | 1988 | 1988
                G | 2 | 1982 | 1994
                H | 1 | 1968 | 1968
                J | 8 | 1930 | 2017
                """, table("companies-per-nace-section"));
    }

    /** §5 q45. */
    @Test
    void knowledge_institutions_in_projects() {
        assertSameListsInRows("""
                organisatie/imec | imec | 8 | Smart Environment, Smart Mobility, Smart People, Smart Government
                organisatie/universiteit-antwerpen | Universiteit Antwerpen | 2 | Smart Environment, Smart Living
                organisatie/vito | Vlaamse Instelling voor Technologisch Onderzoek | 2 | Smart Environment
                organisatie/antwerp-management-school | Antwerp Management School | 1 |
                organisatie/pxl | Hogeschool PXL | 1 | Smart Mobility
                organisatie/uhasselt | Universiteit Hasselt | 1 | Smart Mobility
                organisatie/university-of-southampton | University of Southampton | 1 | Smart Environment, Smart Mobility
                organisatie/vito-energyville | VITO-EnergyVille | 1 | Smart Environment
                """, table("knowledge-institutions-in-projects"));
    }

    /** §5 q46. */
    @Test
    void mobility_subdomains_without_datasets() {
        assertEquals("""
                concept/domein/mobility-logistiek | Slimme logistiek
                concept/domein/mobility-reiscomfort | Reiscomfort
                concept/domein/mobility-toegankelijkheid-regio | Toegankelijkheid van de regio
                """, table("domains-without-datasets"));
    }

    /** §5 q46. */
    @Test
    void centre_cities_without_datasets() {
        assertEquals("""
                gemeente/46021 | Sint-Niklaas
                """, table("municipalities-without-datasets"));
    }

    /** §5 q47. */
    @Test
    void living_labs_in_antwerpen() {
        assertEquals("""
                project/antwerpse-smart-zone | Antwerpse Smart Zone | Living lab, Smart zone
                project/imec-city-of-things-lab | City of Things living- en technology lab | Living lab
                """, table("living-labs-in-city"));
    }

    /** §5 q48. */
    @Test
    void open_datasets_about_leuven() {
        assertEquals("""
                dataset/leuven-deelfietsen | Deelfietsen Leuven: stations en beschikbaarheid (voorbeeld) | Shared mobility and Mobility as a Service
                dataset/leuven-luchtkwaliteit-sensoren | Luchtkwaliteitssensoren Leuven (voorbeeld) | Pollution and air quality
                """, table("open-datasets-about-a-place"));
    }

    /** §5 q6, q31. */
    @Test
    void open_data_charter_cities_and_coordinators() {
        assertEquals("""
                gemeente/11002 | Antwerpen | 11002 | true
                gemeente/12025 | Mechelen | 12025 | true
                gemeente/35013 | Oostende | 35013 | true
                gemeente/46021 | Sint-Niklaas | 46021 | true
                """, table("open-data-charter-cities"));
    }

    /** §5 q9. */
    @Test
    void open_air_quality_datasets() {
        assertEquals("""
                dataset/curieuzeneuzen-no2 | CurieuzeNeuzen: NO2-concentraties per meetpunt (voorbeeld) | https://example.org/curieuzeneuzen-no2/xlsx | http://publications.europa.eu/resource/authority/file-type/XLSX | http://publications.europa.eu/resource/authority/frequency/NEVER | http://publications.europa.eu/resource/authority/licence/CC_BY_4_0
                dataset/vmm-jaarrapport-lucht-2025 | Jaarrapport luchtkwaliteit in Vlaanderen 2025 (voorbeeld) | https://example.org/vmm-jaarrapport-lucht-2025/pdf | http://publications.europa.eu/resource/authority/file-type/PDF | http://publications.europa.eu/resource/authority/frequency/ANNUAL | http://publications.europa.eu/resource/authority/licence/CC_BY_4_0
                dataset/vmm-luchtkwaliteit-metingen | Luchtkwaliteit: metingen van het telemetrisch meetnet (voorbeeld) | https://example.org/vmm-luchtkwaliteit-metingen/csv | http://publications.europa.eu/resource/authority/file-type/CSV | http://publications.europa.eu/resource/authority/frequency/UPDATE_CONT | http://publications.europa.eu/resource/authority/licence/CC_BY_4_0
                dataset/vmm-luchtkwaliteit-metingen | Luchtkwaliteit: metingen van het telemetrisch meetnet (voorbeeld) | https://example.org/vmm-luchtkwaliteit-metingen/jsonld | http://publications.europa.eu/resource/authority/file-type/JSON_LD | http://publications.europa.eu/resource/authority/frequency/UPDATE_CONT | http://publications.europa.eu/resource/authority/licence/CC_BY_4_0
                """, table("open-air-quality-datasets"));
    }

    /** §5 q10. */
    @Test
    void realtime_mobility_of_gent_and_antwerpen() {
        assertEquals("""
                dataset/antwerpen-parkeerbezetting | Antwerpen | https://www.iana.org/assignments/media-types/application/xml
                dataset/gent-parkeerbezetting | Gent | https://www.iana.org/assignments/media-types/application/json
                dataset/gent-parkeerbezetting | Gent | https://www.iana.org/assignments/media-types/text/csv
                """, table("realtime-mobility-gent-antwerpen"));
    }

    /** §5 q12. */
    @Test
    void datasets_for_sdg_11() {
        assertEquals("""
                City or municipality | 11
                Government service | 4
                Knowledge institution | 1
                """, table("datasets-for-sdg-11"));
    }

    /** §5 q14, q19. */
    @Test
    void federated_sources_without_harvests() {
        assertEquals("""
                antwerpen | Antwerpen | dcat-us | true |  |
                brugge | Brugge | dcat | false |  |
                data-gov-be | Federale overheid | dcat | false |  |
                gent | Gent | opendatasoft | true |  |
                kortrijk | Kortrijk | dcat | false |  |
                metadata-vlaanderen | Vlaamse overheid | dcat | false |  |
                oostende | Oostende | dcat | false |  |
                """, table("federated-sources"));
    }

    /** §5 q3. */
    @Test
    void datasets_conforming_to_datex_ii() {
        assertEquals("""
                dataset/antwerpen-parkeerbezetting | Realtime parkeerbezetting Antwerpen (Datex II) (voorbeeld) | gemeente/11002 | Antwerpen
                """, table("datasets-conforming-to-standard"));
    }

    /** §5 q4. */
    @Test
    void live_and_static_datasets_of_gent() {
        assertEquals("""
                dataset/gent-parkeerbezetting | Realtime parkeerbezetting Gent (voorbeeld) | http://publications.europa.eu/resource/authority/frequency/UPDATE_CONT | true
                dataset/gent-parkeerbezetting-historiek | Historiek parkeerbezetting Gent 2024-2025 (voorbeeld) | http://publications.europa.eu/resource/authority/frequency/MONTHLY | false
                dataset/gent-verkeerstellingen | Verkeerstellingen Gent (voorbeeld) | http://publications.europa.eu/resource/authority/frequency/DAILY | false
                """, table("live-and-static-datasets"));
    }

    /** §5 q5. */
    @Test
    void access_and_licence_of_mechelens_datasets() {
        assertEquals("""
                dataset/mechelen-drukte-binnenstad | Mechelen | http://publications.europa.eu/resource/authority/access-right/RESTRICTED | https://data.vlaanderen.be/id/licentie/modellicentie-gratis-hergebruik/v1.0 | mailto:opendata@example.org
                dataset/mechelen-verkeerstellingen-telraam | Mechelen | http://publications.europa.eu/resource/authority/access-right/PUBLIC | http://publications.europa.eu/resource/authority/licence/CC_BY_4_0 | mailto:opendata@example.org
                """, table("dataset-access-and-licence"));
    }

    /** §5 q8. */
    @Test
    void datasets_comparable_to_kortrijks_footfall_counts() {
        assertEquals("""
                dataset/mechelen-drukte-binnenstad | Drukte in de binnenstad Mechelen (gedeeld) (voorbeeld) | Mechelen | concept/domein/living-drukte-passanten
                """, table("comparable-datasets"));
    }

    /** §5 q13. */
    @Test
    void shared_datasets() {
        assertEquals("""
                dataset/digipolis-digital-twin-antwerpen | http://publications.europa.eu/resource/authority/access-right/NON_PUBLIC | Digipolis | mailto:opendata@example.org
                dataset/kortrijk-parkeersensoren | http://publications.europa.eu/resource/authority/access-right/RESTRICTED | Kortrijk | mailto:opendata@example.org
                dataset/mechelen-drukte-binnenstad | http://publications.europa.eu/resource/authority/access-right/RESTRICTED | Mechelen | mailto:opendata@example.org
                """, table("shared-datasets"));
    }

    /** §5 q15. */
    @Test
    void datasets_added_or_changed_since_mid_june() {
        assertEquals("""
                dataset/antwerpen-parkeerbezetting | 2024-05-15 | 2026-11-22 | changed
                dataset/digipolis-digital-twin-antwerpen | 2025-05-20 | 2026-11-22 | changed
                dataset/kortrijk-parkeersensoren | 2024-11-12 | 2026-11-22 | changed
                dataset/leuven-deelfietsen | 2024-06-01 | 2026-11-22 | changed
                dataset/mechelen-drukte-binnenstad | 2025-02-01 | 2026-11-22 | changed
                dataset/oostende-vullingsgraad-afvalcontainers | 2025-03-03 | 2026-11-22 | changed
                dataset/vmm-luchtkwaliteit-metingen | 2024-01-08 | 2026-11-22 | changed
                dataset/gent-parkeerbezetting | 2024-02-01 | 2026-11-21 | changed
                dataset/gent-verkeerstellingen | 2024-03-01 | 2026-11-21 | changed
                dataset/kortrijk-passantentellingen | 2024-10-01 | 2026-11-21 | changed
                dataset/leuven-luchtkwaliteit-sensoren | 2025-01-20 | 2026-11-21 | changed
                dataset/mechelen-verkeerstellingen-telraam | 2024-04-20 | 2026-11-20 | changed
                dataset/hasselt-fietstellingen | 2024-07-01 | 2026-11-03 | changed
                dataset/aiv-open-data-charter | 2024-03-15 | 2026-09-30 | changed
                dataset/vmm-jaarrapport-lucht-2025 | 2026-06-15 | 2026-06-15 | added
                """, table("datasets-changed-since", "since=2026-06-15"));
    }

    /** §5 q38. */
    @Test
    void reusable_open_environment_datasets() {
        assertEquals("""
                dataset/brugge-afvalkalender | distributie/brugge-afvalkalender-csv | http://publications.europa.eu/resource/authority/licence/CC_BY_4_0 | http://publications.europa.eu/resource/authority/file-type/CSV
                dataset/brugge-afvalkalender | distributie/brugge-afvalkalender-pdf | http://publications.europa.eu/resource/authority/licence/CC_BY_4_0 | http://publications.europa.eu/resource/authority/file-type/PDF
                dataset/curieuzeneuzen-no2 | distributie/curieuzeneuzen-no2-xlsx | http://publications.europa.eu/resource/authority/licence/CC_BY_4_0 | http://publications.europa.eu/resource/authority/file-type/XLSX
                dataset/leuven-luchtkwaliteit-sensoren | distributie/leuven-luchtkwaliteit-sensoren-csv | https://data.vlaanderen.be/id/licentie/modellicentie-gratis-hergebruik/v1.0 | http://publications.europa.eu/resource/authority/file-type/CSV
                dataset/oostende-vullingsgraad-afvalcontainers | distributie/oostende-vullingsgraad-afvalcontainers-json | http://publications.europa.eu/resource/authority/licence/CC0 | http://publications.europa.eu/resource/authority/file-type/JSON
                dataset/vmm-jaarrapport-lucht-2025 | distributie/vmm-jaarrapport-lucht-2025-pdf | http://publications.europa.eu/resource/authority/licence/CC_BY_4_0 | http://publications.europa.eu/resource/authority/file-type/PDF
                dataset/vmm-luchtkwaliteit-metingen | distributie/vmm-luchtkwaliteit-metingen-csv | http://publications.europa.eu/resource/authority/licence/CC_BY_4_0 | http://publications.europa.eu/resource/authority/file-type/CSV
                dataset/vmm-luchtkwaliteit-metingen | distributie/vmm-luchtkwaliteit-metingen-jsonld | http://publications.europa.eu/resource/authority/licence/CC_BY_4_0 | http://publications.europa.eu/resource/authority/file-type/JSON_LD
                """, table("reusable-open-datasets", "domain=https://data.slimcat.be/id/concept/domein/environment"));
    }
}
