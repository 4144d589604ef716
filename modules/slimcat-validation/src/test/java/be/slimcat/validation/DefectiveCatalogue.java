// SPDX-License-Identifier: Apache-2.0
package be.slimcat.validation;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VCARD4;

/**
 * A generated catalogue whose records share and miss things in every way that could make per-record
 * validation differ from whole-graph validation: publishers and contact points shared by many
 * datasets, a distribution shared by two datasets, a distribution without a type, links to resources
 * the graph does not describe, an orphan distribution, blank nodes, a subclass of dcat:Dataset stated
 * in the data, and the usual defects (missing, malformed and off-table values).
 */
final class DefectiveCatalogue {
    private static final String ID = "https://data.slimcat.be/id/";
    private static final String EU = "http://publications.europa.eu/resource/authority/";
    private static final String EX = "https://example.org/test/";

    private final Graph g = GraphFactory.createDefaultGraph();

    static Graph generate(int datasets) {
        DefectiveCatalogue c = new DefectiveCatalogue();
        c.build(datasets);
        return c.g;
    }

    private void build(int datasets) {
        Node catalog = iri(ID + "catalogus/gegenereerd");
        add(catalog, RDF.type.asNode(), DCAT.Catalog.asNode());
        add(catalog, DCTerms.title.asNode(), lang("Gegenereerde catalogus", "nl"));
        add(catalog, DCTerms.description.asNode(), lang("Voor de test van de validatie per record.", "nl"));
        add(catalog, DCTerms.publisher.asNode(), agent(0));
        add(catalog, DCAT.dataset.asNode(), iri(EX + "geen-dataset"));
        for (int a = 0; a < 7; a++) {
            Node agent = agent(a);
            add(agent, RDF.type.asNode(), FOAF.Agent.asNode());
            if (a % 3 != 1) {
                add(agent, FOAF.name.asNode(), a % 3 == 0 ? lang("Uitgever " + a, "nl") : str("Uitgever " + a));
            }
        }
        for (int c = 0; c < 5; c++) {
            Node contact = iri(EX + "contact/" + c);
            add(contact, RDF.type.asNode(), VCARD4.Organization.asNode());
            if (c != 2) {
                add(contact, VCARD4.hasEmail.asNode(), iri("mailto:team" + c + "@example.org"));
            }
        }
        Node special = iri(EX + "SpeciaalDataset");
        add(special, RDFS.subClassOf.asNode(), DCAT.Dataset.asNode());
        for (int i = 0; i < datasets; i++) {
            Node d = iri(ID + "dataset/gen-" + i);
            add(catalog, DCAT.dataset.asNode(), d);
            add(d, RDF.type.asNode(), i % 97 == 5 ? special : DCAT.Dataset.asNode());
            if (i % 11 != 3) {
                add(d, DCTerms.title.asNode(), i % 13 == 4 ? str("Dataset " + i) : lang("Dataset " + i, "nl"));
            }
            add(d, DCTerms.description.asNode(), lang("Gegenereerde dataset " + i, "nl"));
            if (i % 17 != 6) {
                add(d, DCTerms.publisher.asNode(), i % 19 == 7 ? str("Stad Gent") : agent(i % 7));
            }
            if (i % 5 != 1) {
                add(d, DCAT.contactPoint.asNode(), i % 4 == 0 ? contactBlank(i) : iri(EX + "contact/" + i % 5));
            }
            add(d, DCAT.keyword.asNode(), lang("test", "nl"));
            add(d, DCAT.theme.asNode(), iri(EU + "data-theme/" + (i % 23 == 9 ? "NOPE" : "TRAN")));
            add(d, DCTerms.accessRights.asNode(), iri(EU + "access-right/" + (i % 29 == 8 ? "OPEN" : "PUBLIC")));
            add(d, DCTerms.accrualPeriodicity.asNode(), iri(EU + "frequency/" + (i % 6 == 2 ? "AS_NEEDED" : "DAILY")));
            add(d, DCTerms.language.asNode(), iri(EU + "language/" + (i % 31 == 10 ? "XXX" : "NLD")));
            add(d, DCTerms.modified.asNode(), i % 37 == 11 ? NodeFactory.createLiteralDT("22/11/2026", XSDDatatype.XSDdate)
                    : NodeFactory.createLiteralDT("2026-11-22", XSDDatatype.XSDdate));
            if (i % 3 == 0) {
                Node period = NodeFactory.createBlankNode();
                add(d, DCTerms.temporal.asNode(), period);
                add(period, RDF.type.asNode(), DCTerms.PeriodOfTime.asNode());
                add(period, DCAT.startDate.asNode(), i % 9 == 0 ? str("begin 2024") : NodeFactory.createLiteralDT("2024-01-01", XSDDatatype.XSDdate));
            }
            distributions(d, i);
        }
        Node orphan = iri(ID + "distributie/wees");
        add(orphan, RDF.type.asNode(), DCAT.Distribution.asNode());
        add(orphan, DCTerms.format.asNode(), str("CSV"));
        Node service = iri(ID + "dataservice/gegenereerd");
        add(catalog, DCAT.service.asNode(), service);
        add(service, RDF.type.asNode(), DCAT.DataService.asNode());
        add(service, DCTerms.title.asNode(), lang("API", "nl"));
        add(service, DCAT.servesDataset.asNode(), iri(ID + "dataset/gen-0"));
        add(service, DCAT.contactPoint.asNode(), iri(EX + "contact/2"));
        add(service, DCTerms.license.asNode(), iri(EU + "licence/NOPE"));
        add(iri(EU + "licence/CC0"), DCTerms.title.asNode(), lang("CC0 zoals de data het noemt", "nl"));
    }

    private void distributions(Node d, int i) {
        int count = i % 10 == 7 ? 0 : 1 + i % 3;
        for (int k = 0; k < count; k++) {
            Node dist = iri(ID + "distributie/gen-" + i + "-" + k);
            add(d, DCAT.distribution.asNode(), dist);
            if (i % 41 == 12 && k == 0) {
                add(dist, DCTerms.title.asNode(), lang("zonder type", "nl"));
                continue;
            }
            add(dist, RDF.type.asNode(), DCAT.Distribution.asNode());
            if (i % 43 != 13) {
                add(dist, DCAT.accessURL.asNode(), iri(EX + "data/" + i + "/" + k));
            }
            add(dist, DCTerms.license.asNode(), iri(EU + "licence/" + (i % 7 == 3 ? "CC_BY" : "CC_BY_4_0")));
            add(dist, DCTerms.format.asNode(), i % 8 == 5 ? str("csv") : iri(EU + "file-type/" + (i % 2 == 0 ? "CSV" : "JSON")));
            if (i % 4 != 2) {
                add(dist, DCAT.mediaType.asNode(), iri(i % 53 == 14 ? EX + "csv" : "https://www.iana.org/assignments/media-types/text/csv"));
            }
        }
        if (i % 47 == 15) {
            add(d, DCAT.distribution.asNode(), iri(ID + "distributie/gen-" + (i - 1) + "-0"));
            add(d, DCAT.distribution.asNode(), iri(EX + "niet-beschreven/" + i));
        }
    }

    private Node contactBlank(int i) {
        Node contact = NodeFactory.createBlankNode();
        add(contact, RDF.type.asNode(), VCARD4.Organization.asNode());
        if (i % 8 != 4) {
            add(contact, VCARD4.hasEmail.asNode(), iri("mailto:dataset" + i + "@example.org"));
        }
        return contact;
    }

    private static Node agent(int a) {
        return iri(ID + "organisatie/uitgever-" + a);
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
}
