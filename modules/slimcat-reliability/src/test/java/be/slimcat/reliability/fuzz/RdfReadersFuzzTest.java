// SPDX-License-Identifier: Apache-2.0
package be.slimcat.reliability.fuzz;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.AfterAll;

import com.code_intelligence.jazzer.junit.FuzzTest;

import be.slimcat.harvest.RdfPageParser;
import be.slimcat.harvest.rdf.LenientRdfParser;
import be.slimcat.harvest.rdf.ParseFailure;
import be.slimcat.vocab.RdfReader;
import be.slimcat.vocab.RdfSyntaxException;
import be.slimcat.vocab.SlimcatIris;

/**
 * The RDF readers: {@link RdfReader} (what {@code slimcat load}, {@code validate} and {@code check} use),
 * the harvester's strict-then-lenient {@link RdfPageParser}, and the lenient RDF4J-based parser on its
 * own. The input's first byte picks the syntax (t Turtle, x RDF/XML, j JSON-LD, n N-Triples, g TriG,
 * q N-Quads); bad input must end in an {@link RdfSyntaxException} naming where it went wrong. JSON-LD goes
 * through the harvester's readers only, whose context loader serves bundled contexts and fetches nothing.
 */
class RdfReadersFuzzTest {
    private static final List<Lang> SYNTAXES = List.of(Lang.TURTLE, Lang.RDFXML, Lang.JSONLD, Lang.NTRIPLES, Lang.TRIG, Lang.NQUADS);
    private static final String LETTERS = "txjngq";
    private static final URI BASE = URI.create("https://data.voorbeeld.be/feed");
    private static final RdfReader READER = new RdfReader(SlimcatIris.defaults());
    private static final FuzzTally TALLY = new FuzzTally("fuzz rdf readers");

    @FuzzTest(maxDuration = "30m")
    void rdf_is_read_or_refused_with_a_positioned_syntax_error(byte[] input) {
        if (input.length == 0) {
            return;
        }
        TALLY.tried();
        int letter = LETTERS.indexOf(input[0]);
        Lang lang = SYNTAXES.get(letter >= 0 ? letter : Math.floorMod(input[0], SYNTAXES.size()));
        byte[] body = Arrays.copyOfRange(input, 1, input.length);
        try {
            if (!lang.equals(Lang.JSONLD)) { // Jena's JSON-LD reader would fetch remote contexts: no network here
                READER.read("fuzz-input", body, lang, BASE.toString());
            }
        } catch (RdfSyntaxException expected) {
            if (expected.getMessage() == null || !expected.getMessage().contains("fuzz-input")) {
                throw new AssertionError("a syntax error that does not name the document: " + expected.getMessage(), expected);
            }
        }
        try {
            RdfPageParser.read(body, lang, BASE);
        } catch (RdfSyntaxException expected) {
            // refused with the place of the error
        }
        if (LenientRdfParser.supports(lang)) {
            try {
                LenientRdfParser.read(body, lang, BASE, new ParseFailure(1, 1, "fuzz"));
            } catch (RdfSyntaxException expected) {
                // refused with the place of the error
            }
        }
    }

    @AfterAll
    static void report() {
        TALLY.report();
    }
}
