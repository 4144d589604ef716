// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.ld;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shared.impl.PrefixMappingImpl;

import be.slimcat.vocab.SlimcatIris;

/** The prefixes RDF descriptions are written with: the vocabularies SlimCat uses and its own IRI types. */
final class Prefixes {
    private Prefixes() {}

    /** The prefixes for a base. */
    static PrefixMapping of(SlimcatIris iris) {
        PrefixMapping p = new PrefixMappingImpl();
        p.setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        p.setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        p.setNsPrefix("owl", "http://www.w3.org/2002/07/owl#");
        p.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        p.setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
        p.setNsPrefix("dct", "http://purl.org/dc/terms/");
        p.setNsPrefix("dcat", "http://www.w3.org/ns/dcat#");
        p.setNsPrefix("org", "http://www.w3.org/ns/org#");
        p.setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/");
        p.setNsPrefix("schema", "http://schema.org/");
        p.setNsPrefix("adms", "http://www.w3.org/ns/adms#");
        p.setNsPrefix("vcard", "http://www.w3.org/2006/vcard/ns#");
        p.setNsPrefix("prov", "http://www.w3.org/ns/prov#");
        p.setNsPrefix("dqv", "http://www.w3.org/ns/dqv#");
        p.setNsPrefix("sh", "http://www.w3.org/ns/shacl#");
        p.setNsPrefix("void", "http://rdfs.org/ns/void#");
        p.setNsPrefix("sc", "https://data.slimcat.be/ns/slimcat#");
        p.setNsPrefix("scq", "https://data.slimcat.be/ns/quality#");
        return p;
    }
}
