// SPDX-License-Identifier: Apache-2.0
package be.slimcat.reliability.fuzz;

import java.net.URI;

import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.AfterAll;

import com.code_intelligence.jazzer.junit.FuzzTest;

import be.slimcat.harvest.RdfPageParser;
import be.slimcat.harvest.dcat.DcatPageMapper;
import be.slimcat.harvest.rdf.RdfPage;
import be.slimcat.vocab.RdfSyntaxException;
import be.slimcat.vocab.SlimcatIris;

/**
 * A DCAT feed page as the dcat dialect reads it: syntax sniffed from the first bytes, parsed strictly or
 * else leniently, mapped to records, each record normalised. An unreadable page must end in an
 * {@link RdfSyntaxException}; nothing else may be thrown.
 */
class DcatFeedFuzzTest {
    private static final URI PAGE = URI.create("https://data.voorbeeld.be/catalog");
    private static final DcatPageMapper MAPPER = new DcatPageMapper(SlimcatIris.defaults());
    private static final FuzzTally TALLY = new FuzzTally("fuzz dcat feed mapper");

    @FuzzTest(maxDuration = "30m")
    void a_feed_page_is_mapped_or_refused_with_a_syntax_error(byte[] body) {
        TALLY.tried();
        Lang lang = RdfPageParser.syntaxOf(null, PAGE, body);
        RdfPage page;
        try {
            page = RdfPageParser.read(body, lang, PAGE);
        } catch (RdfSyntaxException expected) {
            return;
        }
        DcatPageMapper.MappedPage mapped = MAPPER.map("fuzz", PAGE, page.graph());
        FuzzTally.clearProblems(mapped.problems());
        mapped.records().forEach(r -> FuzzTally.normalise("fuzz", r));
    }

    @AfterAll
    static void report() {
        TALLY.report();
    }
}
