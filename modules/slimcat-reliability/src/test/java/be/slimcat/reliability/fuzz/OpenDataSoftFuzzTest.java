// SPDX-License-Identifier: Apache-2.0
package be.slimcat.reliability.fuzz;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;

import com.code_intelligence.jazzer.junit.FuzzTest;

import be.slimcat.harvest.mapping.UnreadablePageException;
import be.slimcat.harvest.opendatasoft.OdsDatasetMapper;
import be.slimcat.vocab.SlimcatIris;

/**
 * An OpenDataSoft Explore API v2.1 page as the opendatasoft dialect reads it: mapped, each record
 * normalised. An unreadable page must end in an {@link UnreadablePageException}.
 */
class OpenDataSoftFuzzTest {
    private static final URI PORTAL = URI.create("https://data.stad.voorbeeld.be");
    private static final URI PAGE = URI.create(PORTAL + OdsDatasetMapper.DATASETS_PATH);
    private static final OdsDatasetMapper MAPPER = new OdsDatasetMapper(SlimcatIris.defaults());
    private static final FuzzTally TALLY = new FuzzTally("fuzz opendatasoft mapper");

    @FuzzTest(maxDuration = "30m")
    void an_explore_api_page_is_mapped_or_refused(byte[] body) {
        TALLY.tried();
        OdsDatasetMapper.MappedPage mapped;
        try {
            mapped = MAPPER.map("fuzz", PAGE, PORTAL, new String(body, StandardCharsets.UTF_8));
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
