// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The choice of variant from {@code ?format=} and {@code Accept}, with q-values and wildcards. */
class ContentNegotiationTest {
    private static ContentNegotiation.Outcome choose(String format, String accept) {
        return ContentNegotiation.choose(format, accept);
    }

    private static ContentNegotiation.Chosen chosen(RdfVariant variant) {
        return new ContentNegotiation.Chosen(variant, false);
    }

    @Test
    void noAcceptHeaderOrAnythingGivesTheHtmlPage() {
        assertEquals(chosen(RdfVariant.HTML), choose(null, null));
        assertEquals(chosen(RdfVariant.HTML), choose(null, "*/*"));
        assertEquals(chosen(RdfVariant.HTML), choose(null,
                "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"));
    }

    @Test
    void eachRdfMediaTypeChoosesItsVariant() {
        assertEquals(chosen(RdfVariant.TURTLE), choose(null, "text/turtle"));
        assertEquals(chosen(RdfVariant.JSONLD), choose(null, "application/ld+json"));
        assertEquals(chosen(RdfVariant.RDFXML), choose(null, "application/rdf+xml"));
        assertEquals(chosen(RdfVariant.NTRIPLES), choose(null, "application/n-triples"));
    }

    @Test
    void theHighestQualityWins() {
        assertEquals(chosen(RdfVariant.JSONLD), choose(null, "text/turtle;q=0.5, application/ld+json"));
        assertEquals(chosen(RdfVariant.RDFXML), choose(null, "text/html;q=0.8, application/rdf+xml;q=0.9"));
        assertEquals(chosen(RdfVariant.NTRIPLES), choose(null, "text/turtle;q=0, */*;q=0.1, application/n-triples;q=0.2"));
    }

    @Test
    void aNamedTypeBeatsAWildcardOfTheSameQuality() {
        assertEquals(chosen(RdfVariant.TURTLE), choose(null, "*/*, text/turtle"));
        assertEquals(chosen(RdfVariant.JSONLD), choose(null, "text/*;q=0.5, application/ld+json;q=0.5"));
    }

    @Test
    void qualityZeroRefusesEvenWhenAWildcardAllows() {
        assertEquals(chosen(RdfVariant.TURTLE), choose(null, "text/html;q=0, */*"));
        assertEquals(new ContentNegotiation.NotAcceptable("text/turtle;q=0"), choose(null, "text/turtle;q=0"));
    }

    @Test
    void typesSlimcatDoesNotWriteAreNotAcceptable() {
        assertEquals(new ContentNegotiation.NotAcceptable("application/pdf, image/png"), choose(null, "application/pdf, image/png"));
    }

    @Test
    void theFormatParameterOverridesAccept() {
        assertEquals(new ContentNegotiation.Chosen(RdfVariant.NTRIPLES, true), choose("nt", "text/html"));
        assertEquals(new ContentNegotiation.Chosen(RdfVariant.TURTLE, true), choose("TTL", "application/pdf"));
        assertEquals(new ContentNegotiation.Chosen(RdfVariant.HTML, true), choose("html", "text/turtle"));
        assertEquals(new ContentNegotiation.UnknownFormat("csv"), choose("csv", "text/turtle"));
    }
}
