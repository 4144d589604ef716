// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.rdf;

import org.eclipse.rdf4j.rio.rdfxml.RDFXMLParser;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Rio's RDF/XML parser, telling its location listener where each element it read ends (Rio itself
 * reports the location only once, at the start), so that each statement can be placed on a line.
 * The location is given after Rio has handled the element: Rio handles a start tag only when the
 * next event comes, so the statements of an element get the line of that element's start tag. The
 * XML reader is Rio's own, with its secure settings; it is only wrapped.
 */
final class LineTrackingRdfXmlParser extends RDFXMLParser {
    @Override
    protected XMLReader getXMLReader() throws SAXException {
        return new XMLFilterImpl(super.getXMLReader()) {
            private Locator locator;

            @Override
            public void setDocumentLocator(Locator locator) {
                this.locator = locator;
                super.setDocumentLocator(locator);
            }

            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
                super.startElement(uri, localName, qName, atts);
                located();
            }

            @Override
            public void endElement(String uri, String localName, String qName) throws SAXException {
                super.endElement(uri, localName, qName);
                located();
            }

            private void located() {
                if (locator != null) {
                    reportLocation(locator.getLineNumber(), locator.getColumnNumber());
                }
            }
        };
    }
}
