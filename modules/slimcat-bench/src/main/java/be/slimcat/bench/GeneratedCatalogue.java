// SPDX-License-Identifier: Apache-2.0
package be.slimcat.bench;

import java.util.SplittableRandom;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VCARD4;

/**
 * A generated DCAT catalogue of N datasets as one graph, with the defects real portals have at
 * realistic rates (seeded, so every run is the same): missing licences, contact points and titles,
 * formats as text, ill-typed dates, codes outside the EU tables, media types outside the IANA
 * register, untagged texts, publishers without a name. One catalogue lists every dataset; 500 publishers
 * (foaf:Agent) are shared by the datasets; one data service per 100 datasets.
 */
final class GeneratedCatalogue {
    private static final String BASE = "https://portal.example/";
    private static final String EU = "http://publications.europa.eu/resource/authority/";
    private static final String IANA = "https://www.iana.org/assignments/media-types/";
    private static final String[] THEMES = {"TRAN", "ENVI", "GOVE", "SOCI", "ECON", "HEAL", "EDUC", "REGI"};
    private static final String[] FORMATS = {"CSV", "JSON", "GEOJSON", "XLSX", "PDF", "ZIP"};
    private static final String[] MEDIA = {"text/csv", "application/json", "application/geo+json",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf", "application/zip"};
    private static final String[] FREQUENCIES = {"DAILY", "WEEKLY", "MONTHLY", "ANNUAL", "IRREG", "UPDATE_CONT"};
    private static final int PUBLISHERS = 500;

    private final Graph g = GraphFactory.createDefaultGraph();
    private final SplittableRandom random;

    private GeneratedCatalogue(long seed) {
        random = new SplittableRandom(seed);
    }

    /** The catalogue of the given number of datasets. */
    static Graph generate(int datasets, long seed) {
        GeneratedCatalogue c = new GeneratedCatalogue(seed);
        c.build(datasets);
        return c.g;
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private void build(int datasets) {
        Node catalog = iri(BASE + "catalog");
        add(catalog, RDF.type.asNode(), DCAT.Catalog.asNode());
        add(catalog, DCTerms.title.asNode(), lang("Open data van de gegenereerde stad", "nl"));
        add(catalog, DCTerms.description.asNode(), lang("Alle datasets van het portaal.", "nl"));
        add(catalog, DCTerms.publisher.asNode(), publisher(0));
        add(catalog, FOAF.homepage.asNode(), iri(BASE));
        for (int p = 0; p < PUBLISHERS; p++) {
            Node agent = publisher(p);
            add(agent, RDF.type.asNode(), FOAF.Agent.asNode());
            if (p % 50 != 7) {
                add(agent, FOAF.name.asNode(), p % 10 == 3 ? str("Organisatie " + p) : lang("Organisatie " + p, "nl"));
            }
            if (p % 3 != 0) {
                add(agent, DCTerms.type.asNode(), iri("http://purl.org/adms/publishertype/LocalAuthority"));
            }
        }
        for (int i = 0; i < datasets; i++) {
            Node d = iri(BASE + "dataset/" + i);
            add(catalog, DCAT.dataset.asNode(), d);
            dataset(d, i);
            if (i % 100 == 0) {
                service(catalog, i);
            }
        }
    }

    private void dataset(Node d, int i) {
        add(d, RDF.type.asNode(), DCAT.Dataset.asNode());
        add(d, DCTerms.identifier.asNode(), str("ds-" + i));
        if (!chance(0.01)) {
            add(d, DCTerms.title.asNode(), chance(0.08) ? str("Dataset " + i + " over mobiliteit")
                    : lang("Dataset " + i + " over mobiliteit en parkeren", "nl"));
            if (chance(0.4)) {
                add(d, DCTerms.title.asNode(), lang("Dataset " + i + " on mobility and parking", "en"));
            }
        }
        add(d, DCTerms.description.asNode(), lang("Tellingen per dag en per locatie in de stad, dataset " + i + ".", "nl"));
        if (!chance(0.02)) {
            add(d, DCTerms.publisher.asNode(), publisher(random.nextInt(PUBLISHERS)));
        }
        if (!chance(0.10)) {
            Node contact = NodeFactory.createBlankNode();
            add(d, DCAT.contactPoint.asNode(), contact);
            add(contact, RDF.type.asNode(), VCARD4.Organization.asNode());
            add(contact, VCARD4.fn.asNode(), lang("Team data", "nl"));
            if (!chance(0.05)) {
                add(contact, VCARD4.hasEmail.asNode(), iri("mailto:data" + i % 1000 + "@portal.example"));
            }
        }
        int keywords = random.nextInt(4);
        for (int k = 0; k < keywords; k++) {
            add(d, DCAT.keyword.asNode(), lang("trefwoord" + k, "nl"));
        }
        add(d, DCAT.theme.asNode(), iri(EU + "data-theme/" + (chance(0.03) ? "MOBILITY" : THEMES[random.nextInt(THEMES.length)])));
        if (chance(0.7)) {
            add(d, DCTerms.spatial.asNode(), iri("http://vocab.belgif.be/auth/refnis2025/44021"));
        }
        if (chance(0.6)) {
            Node period = NodeFactory.createBlankNode();
            add(d, DCTerms.temporal.asNode(), period);
            add(period, RDF.type.asNode(), DCTerms.PeriodOfTime.asNode());
            add(period, DCAT.startDate.asNode(), date("2024-01-01"));
            if (chance(0.7)) {
                add(period, DCAT.endDate.asNode(), date("2026-12-31"));
            }
        }
        add(d, DCTerms.issued.asNode(), date("2025-0" + (1 + i % 9) + "-15"));
        add(d, DCTerms.modified.asNode(), chance(0.02) ? NodeFactory.createLiteralDT("15/11/2026", XSDDatatype.XSDdate)
                : date("2026-11-" + (10 + i % 18)));
        if (chance(0.8)) {
            add(d, DCTerms.accessRights.asNode(), iri(EU + "access-right/" + (chance(0.02) ? "OPEN" : "PUBLIC")));
        }
        if (chance(0.7)) {
            add(d, DCTerms.accrualPeriodicity.asNode(), iri(EU + "frequency/"
                    + (chance(0.03) ? "SOMETIMES" : FREQUENCIES[random.nextInt(FREQUENCIES.length)])));
        }
        if (chance(0.8)) {
            add(d, DCTerms.language.asNode(), iri(EU + "language/NLD"));
        }
        if (chance(0.6)) {
            add(d, DCAT.landingPage.asNode(), iri(BASE + "datasets/" + i));
        }
        int distributions = 1 + random.nextInt(3);
        for (int k = 0; k < distributions; k++) {
            distribution(d, i, k);
        }
    }

    private void distribution(Node d, int i, int k) {
        Node dist = iri(BASE + "dataset/" + i + "/distribution/" + k);
        add(d, DCAT.distribution.asNode(), dist);
        add(dist, RDF.type.asNode(), DCAT.Distribution.asNode());
        int f = random.nextInt(FORMATS.length);
        if (!chance(0.01)) {
            add(dist, DCAT.accessURL.asNode(), iri(BASE + "files/" + i + "/" + k));
        }
        if (chance(0.5)) {
            add(dist, DCAT.downloadURL.asNode(), iri(BASE + "files/" + i + "/" + k + "/download"));
        }
        if (!chance(0.08)) {
            add(dist, DCTerms.license.asNode(), chance(0.02) ? str("CC-BY 4.0") : iri(EU + "licence/CC_BY_4_0"));
        }
        if (!chance(0.05)) {
            add(dist, DCTerms.format.asNode(), chance(0.03) ? str(FORMATS[f]) : iri(EU + "file-type/" + FORMATS[f]));
        }
        if (chance(0.6)) {
            add(dist, DCAT.mediaType.asNode(), iri(chance(0.02) ? BASE + "types/" + FORMATS[f] : IANA + MEDIA[f]));
        }
        if (chance(0.6)) {
            add(dist, DCTerms.title.asNode(), lang(FORMATS[f] + "-bestand", "nl"));
        }
        if (chance(0.7)) {
            add(dist, DCTerms.description.asNode(), lang("Het bestand als " + FORMATS[f] + ".", "nl"));
        }
        if (chance(0.5)) {
            add(dist, iri("http://data.europa.eu/r5r/availability"), iri(EU + "planned-availability/STABLE"));
        }
        if (chance(0.3)) {
            add(dist, DCAT.byteSize.asNode(), chance(0.05) ? str("12 MB")
                    : NodeFactory.createLiteralDT(Integer.toString(1000 + random.nextInt(1_000_000)), XSDDatatype.XSDnonNegativeInteger));
        }
    }

    private void service(Node catalog, int i) {
        Node s = iri(BASE + "service/" + i);
        add(catalog, DCAT.service.asNode(), s);
        add(s, RDF.type.asNode(), DCAT.DataService.asNode());
        add(s, DCTerms.title.asNode(), lang("API " + i, "nl"));
        add(s, DCAT.endpointURL.asNode(), iri(BASE + "api/" + i));
        add(s, DCAT.servesDataset.asNode(), iri(BASE + "dataset/" + i));
        add(s, DCTerms.publisher.asNode(), publisher(i % PUBLISHERS));
        add(s, DCAT.theme.asNode(), iri(EU + "data-theme/TRAN"));
    }

    private static Node publisher(int p) {
        return iri(BASE + "organisation/" + p);
    }

    private void add(Node s, Node p, Node o) {
        g.add(s, p, o);
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node lang(String text, String tag) {
        return NodeFactory.createLiteralLang(text, tag);
    }

    private static Node str(String text) {
        return NodeFactory.createLiteralString(text);
    }

    private static Node date(String lexical) {
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdate);
    }
}
