// SPDX-License-Identifier: Apache-2.0
package be.slimcat.reliability.fuzz;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;

import com.code_intelligence.jazzer.junit.FuzzTest;

import be.slimcat.harvest.mapping.UnreadablePageException;
import be.slimcat.harvest.socrata.SocrataResourceMapper;
import be.slimcat.vocab.SlimcatIris;

/**
 * A Socrata Discovery API page as the socrata dialect reads it: mapped, each record normalised. An
 * unreadable page must end in an {@link UnreadablePageException}.
 */
class SocrataFuzzTest {
    private static final URI PAGE = URI.create("https://api.us.socrata.com/api/catalog/v1?domains=data.voorbeeld.be");
    private static final SocrataResourceMapper MAPPER = new SocrataResourceMapper(SlimcatIris.defaults());
    private static final FuzzTally TALLY = new FuzzTally("fuzz socrata mapper");

    @FuzzTest(maxDuration = "30m")
    void a_discovery_api_page_is_mapped_or_refused(byte[] body) {
        TALLY.tried();
        SocrataResourceMapper.MappedPage mapped;
        try {
            mapped = MAPPER.map("fuzz", PAGE, new String(body, StandardCharsets.UTF_8));
        } catch (UnreadablePageException expected) {
            return;
        }
        FuzzTally.clearProblems(mapped.problems());
        mapped.records().forEach(r -> FuzzTally.normalise("fuzz", r));
    }

    @AfterAll
    static void report() {
        TALLY.report();
    }
}
