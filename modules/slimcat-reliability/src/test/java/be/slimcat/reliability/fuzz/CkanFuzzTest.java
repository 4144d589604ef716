// SPDX-License-Identifier: Apache-2.0
package be.slimcat.reliability.fuzz;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;

import com.code_intelligence.jazzer.junit.FuzzTest;

import be.slimcat.harvest.ckan.CkanEnvelope;
import be.slimcat.harvest.ckan.CkanPackageMapper;
import be.slimcat.vocab.SlimcatIris;

/**
 * A CKAN (or DKAN) Action API answer as the ckan dialect reads it: the envelope, then each package mapped
 * and normalised. An unreadable answer must end in an {@link CkanEnvelope.UnreadablePageException}.
 */
class CkanFuzzTest {
    private static final URI PAGE = URI.create("https://data.voorbeeld.be/api/3/action/package_search");
    private static final CkanPackageMapper MAPPER = new CkanPackageMapper(SlimcatIris.defaults());
    private static final FuzzTally TALLY = new FuzzTally("fuzz ckan mapper");

    @FuzzTest(maxDuration = "30m")
    void an_action_api_answer_is_mapped_or_refused(byte[] body) {
        TALLY.tried();
        CkanEnvelope.Page page;
        try {
            page = CkanEnvelope.read(new String(body, StandardCharsets.UTF_8));
        } catch (CkanEnvelope.UnreadablePageException expected) {
            return;
        }
        page.packages().forEach(element -> {
            CkanPackageMapper.MappedPackage mapped = MAPPER.map("fuzz", PAGE, element);
            FuzzTally.clearProblems(mapped.problems());
            mapped.record().ifPresent(r -> FuzzTally.normalise("fuzz", r));
        });
    }

    @AfterAll
    static void report() {
        TALLY.report();
    }
}
