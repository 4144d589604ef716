// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.slimcat.store.CatalogueStore;
import be.slimcat.store.StoreUnderTest;
import be.slimcat.store.SampleData;
import be.slimcat.vocab.SlimcatIris;

/**
 * {@code slimcat ask} on a real TDB2 store holding the sample data and the quality graphs that
 * {@code serve} writes for them; the expected rows of the queries that read the quality graphs were
 * worked out from the star counts the example distributions state in their titles.
 */
class AskCommandTest {
    @TempDir static Path dir;

    @BeforeAll
    static void loadSamplesWithQuality() {
        SlimcatIris iris = SlimcatIris.defaults();
        try (CatalogueStore store = StoreUnderTest.open(dir.resolve("store"))) {
            new SampleData(iris).loadInto(store);
            new LoadedGraphQuality(store, iris).assess(List.of(iris.inventoryGraph(), iris.examplesGraph()));
        }
    }

    private static Cli ask(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "ask";
        all[1] = "--store";
        all[2] = dir.resolve("store").toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return Cli.run(all);
    }

    @Test
    void list_names_every_query_with_title_questions_and_parameters() {
        Cli list = Cli.run("ask", "--list");
        assertEquals(0, list.exitCode, list.toString());
        assertTrue(list.out.contains("funding-for-a-pilot: Funding for a pilot project (§5 q20)\n"
                + "    --param domain=https://data.slimcat.be/id/concept/domein/mobility  (iri) Domain or subdomain of the pilot\n"
                + "    --param applicantType=https://data.slimcat.be/id/concept/actorcategorie/kleine-gemeente  (iri) Kind of applicant\n"
                + "    --param policyLevel=https://data.slimcat.be/id/concept/beleidsniveau/vlaams  (iri) Policy level of the instrument\n"),
                list.out);
        assertTrue(list.out.contains("publisher-data-maturity: Data maturity per publisher (§5 q18) [needs the quality graphs]\n"), list.out);
        assertEquals(39, list.out.lines().filter(l -> !l.startsWith(" ")).count(), list.out);
    }

    @Test
    void list_rebases_defaults_to_the_configured_base() {
        Cli list = Cli.run("ask", "--list", "--base", "https://data.example.org");
        assertTrue(list.out.contains("    --param publisher=https://data.example.org/id/gemeente/44021  (iri) Publisher of the datasets\n"), list.out);
    }

    @Test
    void european_funding_for_a_small_municipalitys_mobility_pilot_as_csv() {
        Cli run = ask("funding-for-a-pilot", "--param", "policyLevel=https://data.slimcat.be/id/concept/beleidsniveau/europees",
                "--results", "csv");
        assertEquals(0, run.exitCode, run.toString());
        assertEquals("instrument,title,kind,fundedPhases,maxCofinancingRate,totalBudget,domains\r\n"
                + "https://data.slimcat.be/id/instrument/european-capital-of-innovation,European Capital of Innovation (iCapital),Financial instrument,,,,\r\n"
                + "https://data.slimcat.be/id/instrument/digital-cities-challenge,Digital Cities Challenge,Matchmaking and networking instrument,,,,\r\n"
                + "https://data.slimcat.be/id/instrument/smarter-together-club-of-cities,Smarter Together Club of Cities,Matchmaking and networking instrument,,,,\r\n",
                run.out);
    }

    /** §5 q1: Gent's datasets below four stars; the historic parking data has no licence, so no star. */
    @Test
    void datasets_of_gent_below_four_stars() {
        Cli run = ask("datasets-below-stars", "--results", "tsv");
        assertEquals(0, run.exitCode, run.toString());
        assertEquals("?dataset\t?title\t?stars\n"
                + "<https://data.slimcat.be/id/dataset/gent-parkeerbezetting-historiek>\t\"Historiek parkeerbezetting Gent 2024-2025 (voorbeeld)\"@nl\t0\n"
                + "<https://data.slimcat.be/id/dataset/gent-parkeerbezetting>\t\"Realtime parkeerbezetting Gent (voorbeeld)\"@nl\t3\n"
                + "<https://data.slimcat.be/id/dataset/gent-verkeerstellingen>\t\"Verkeerstellingen Gent (voorbeeld)\"@nl\t3\n", run.out);
        Cli fewer = ask("datasets-below-stars", "-p", "belowStars=1", "-p", "publisher=https://data.slimcat.be/id/gemeente/44021",
                "--results", "csv");
        assertEquals("dataset,title,stars\r\n"
                + "https://data.slimcat.be/id/dataset/gent-parkeerbezetting-historiek,Historiek parkeerbezetting Gent 2024-2025 (voorbeeld),0\r\n",
                fewer.out);
    }

    /** §5 q2: the distributions without licence, from the stored validation reports. */
    @Test
    void datasets_of_gent_without_licence() {
        Cli run = ask("datasets-without-licence", "--results", "csv");
        assertEquals("dataset,title,distribution\r\n"
                + "https://data.slimcat.be/id/dataset/gent-parkeerbezetting-historiek,Historiek parkeerbezetting Gent 2024-2025 (voorbeeld),"
                + "https://data.slimcat.be/id/distributie/gent-parkeerbezetting-historiek-csv\r\n", run.out);
        Cli digipolis = ask("datasets-without-licence", "--param", "publisher=https://data.slimcat.be/id/organisatie/digipolis",
                "--results", "csv");
        assertEquals("dataset,title,distribution\r\n"
                + "https://data.slimcat.be/id/dataset/digipolis-digital-twin-antwerpen,Digital Twin Antwerpen: sensordata luchtkwaliteit en verkeer (voorbeeld),"
                + "https://data.slimcat.be/id/distributie/digipolis-digital-twin-antwerpen-jsonld\r\n", digipolis.out);
    }

    /** §5 q18: datasets, live, licensed on every distribution, four stars or more, and mean stars per publisher. */
    @Test
    void data_maturity_per_publisher() {
        Cli run = ask("publisher-data-maturity", "--results", "csv");
        assertEquals(0, run.exitCode, run.toString());
        String g = "https://data.slimcat.be/id/gemeente/";
        String o = "https://data.slimcat.be/id/organisatie/";
        assertEquals("publisher,publisherName,datasets,liveDatasets,licensedDatasets,starredDatasets,meanStars\r\n"
                + g + "44021,Gent,3,1,2,0,2.0\r\n"
                + g + "12025,Mechelen,2,1,2,1,3.5\r\n"
                + g + "24062,Leuven,2,1,2,0,3.0\r\n"
                + g + "34022,Kortrijk,2,1,2,0,3.0\r\n"
                + o + "vmm,Vlaamse Milieumaatschappij,2,1,2,1,2.5\r\n"
                + g + "11002,Antwerpen,1,1,1,0,3.0\r\n"
                + g + "31005,Brugge,1,0,1,0,3.0\r\n"
                + g + "35013,Oostende,1,1,1,0,3.0\r\n"
                + g + "71072,Hasselt,1,0,1,0,2.0\r\n"
                + o + "aiv,Agentschap Informatie Vlaanderen,1,0,1,1,4.0\r\n"
                + o + "departement-mow,Departement Mobiliteit en Openbare Werken,1,0,1,1,4.0\r\n"
                + o + "digipolis,Digipolis,1,1,0,0,0.0\r\n"
                + o + "universiteit-antwerpen,Universiteit Antwerpen,1,0,1,0,2.0\r\n", run.out);
    }

    @Test
    void an_unknown_query_is_a_usage_error_that_lists_the_queries() {
        Cli run = ask("funding");
        assertEquals(2, run.exitCode, run.toString());
        assertTrue(run.err.startsWith("slimcat: No query named 'funding' in the library; the queries are: accelerators-and-incubators, "
                + "city-challenges, "), run.err);
        Cli none = ask();
        assertEquals(2, none.exitCode, none.toString());
        assertTrue(none.err.startsWith("slimcat: Give the name of a query, or --list; the queries are: accelerators-and-incubators,"), none.err);
    }

    @Test
    void a_bad_parameter_is_a_usage_error_that_names_it() {
        Cli date = ask("datasets-changed-since", "--param", "since=yesterday");
        assertEquals(2, date.exitCode, date.toString());
        assertEquals("slimcat: Parameter 'since' of query 'datasets-changed-since' has the value 'yesterday', which is not"
                + " a date as YYYY-MM-DD, e.g. 2026-11-21\n", date.err.replace("\r\n", "\n"));
        Cli unknown = ask("datasets-changed-since", "--param", "until=2026-01-01");
        assertEquals(2, unknown.exitCode, unknown.toString());
        assertTrue(unknown.err.contains("has no parameter 'until'; its parameters are since"), unknown.err);
    }
}
