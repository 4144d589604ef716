// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.rdf;

import java.util.function.Consumer;

import org.eclipse.rdf4j.rio.rdfxml.RDFXMLParser;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Rio's RDF/XML parser behind a SAX filter that does two things Rio does not:
 * <ul>
 * <li>it tells the location listener where each element ends, so that each statement can be
 * placed on a line (Rio reports the location only once, at the start). The location is given after
 * Rio has handled the element: Rio handles a start tag only when the next event comes, so the
 * statements of an element get the line of that element's start tag;</li>
 * <li>it drops the text inside an element that has an {@code rdf:resource} attribute, as in
 * GeoNetwork's {@code <dcat:theme rdf:resource="…">Habitats</dcat:theme>}: such a property element
 * names its object by IRI and the text is its label for people. Rio would otherwise drop the IRI
 * and keep the text. Each dropped text is noted. Inside {@code rdf:parseType="Literal"} nothing is
 * dropped (that is XML content, not RDF).</li>
 * </ul>
 * The XML reader is Rio's own, with its secure settings; it is only wrapped.
 */
final class LenientRdfXmlParser extends RDFXMLParser {
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    private final Consumer<ParseNote> notes;
    private final PageLines lines;

    LenientRdfXmlParser(Consumer<ParseNote> notes, PageLines lines) {
        this.notes = notes;
        this.lines = lines;
    }

    @Override
    protected XMLReader getXMLReader() throws SAXException {
        return new XMLFilterImpl(super.getXMLReader()) {
            private Locator locator;
            private int literalDepth;
            private String objectIri;
            private String element;
            private long elementLine;
            private final StringBuilder droppedText = new StringBuilder();

            @Override
            public void setDocumentLocator(Locator locator) {
                this.locator = locator;
                super.setDocumentLocator(locator);
            }

            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
                if (literalDepth > 0) {
                    literalDepth++;
                } else if ("Literal".equals(atts.getValue(RDF, "parseType"))) {
                    literalDepth = 1;
                }
                objectIri = literalDepth == 0 ? atts.getValue(RDF, "resource") : null;
                element = qName;
                elementLine = line();
                droppedText.setLength(0);
                super.startElement(uri, localName, qName, atts);
                located();
            }

            @Override
            public void characters(char[] ch, int start, int length) throws SAXException {
                if (objectIri != null) {
                    droppedText.append(ch, start, length);
                } else {
                    super.characters(ch, start, length);
                }
            }

            @Override
            public void endElement(String uri, String localName, String qName) throws SAXException {
                if (objectIri != null && !droppedText.toString().isBlank()) {
                    notes.accept(new ParseNote(elementLine, "the text \"" + droppedText.toString().strip() + "\" inside <"
                            + element + " rdf:resource=\"" + objectIri + "\"> is left out: the element names its object by IRI",
                            lines.line(elementLine)));
                }
                objectIri = null;
                droppedText.setLength(0);
                if (literalDepth > 0) {
                    literalDepth--;
                }
                super.endElement(uri, localName, qName);
                located();
            }

            private long line() {
                return locator == null ? -1 : locator.getLineNumber();
            }

            private void located() {
                if (locator != null) {
                    reportLocation(locator.getLineNumber(), locator.getColumnNumber());
                }
            }
        };
    }
}
