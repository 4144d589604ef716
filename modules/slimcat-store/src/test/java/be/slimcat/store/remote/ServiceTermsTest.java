// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** How terms are written to a remote service and read back. */
class ServiceTermsTest {
    @Test
    void skolem_iris_are_absolute_on_the_host_of_the_graph_names_or_slimcats() {
        assertEquals("https://data.gent.be/.well-known/genid/", new ServiceTerms("https://data.gent.be/graph/").prefix());
        assertEquals("https://data.slimcat.be/.well-known/genid/", new ServiceTerms("").prefix());
    }

    @Test
    void a_blank_node_goes_as_an_iri_and_comes_back_as_itself() {
        ServiceTerms terms = new ServiceTerms("https://data.slimcat.be/graph/");
        Node blank = NodeFactory.createBlankNode("b0:x/y z");
        Node iri = terms.toService(blank);
        assertEquals("https://data.slimcat.be/.well-known/genid/b0%3Ax%2Fy%20z", iri.getURI());
        assertEquals(blank, terms.fromService(iri));
        Node other = NodeFactory.createURI("https://example.org/.well-known/genid/abc");
        assertEquals(other, terms.fromService(other), "another host's skolem IRI stays an IRI");
    }

    @Test
    void literals_come_back_in_canonical_form() {
        ServiceTerms terms = new ServiceTerms("");
        assertEquals(NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean),
                terms.fromService(NodeFactory.createLiteralDT("1", XSDDatatype.XSDboolean)));
        assertEquals(NodeFactory.createLiteralDT("5000000.0", XSDDatatype.XSDdecimal),
                terms.fromService(NodeFactory.createLiteralDT("5000000", XSDDatatype.XSDdecimal)));
        Node text = NodeFactory.createLiteralLang("Gent", "nl");
        assertEquals(text, terms.fromService(text));
    }
}
