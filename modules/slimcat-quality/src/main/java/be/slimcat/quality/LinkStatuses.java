// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality;

import java.util.Map;
import java.util.Optional;

/**
 * Link-check results the caller provides (SlimCat never fetches URLs while scoring). A URL without a
 * result is not assessed: its MQA indicator is reported as such and never counted as passed.
 */
@FunctionalInterface
public interface LinkStatuses {
    /** The result for a URL, if it was checked. */
    Optional<LinkStatus> of(String url);

    /** No link check ran: every URL is not assessed. */
    static LinkStatuses none() {
        return url -> Optional.empty();
    }

    /** Results from a map of URL to HTTP status code (0 for no answer). */
    static LinkStatuses of(Map<String, Integer> codes) {
        Map<String, Integer> copy = Map.copyOf(codes);
        return url -> Optional.ofNullable(copy.get(url)).map(LinkStatus::new);
    }
}
