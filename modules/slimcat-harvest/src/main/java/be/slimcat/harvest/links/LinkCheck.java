// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.links;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import be.slimcat.quality.LinkStatus;

/**
 * The result of checking one URL once.
 *
 * @param url       the URL as the record states it
 * @param status    the HTTP status of the final answer after redirects, 0 when no HTTP answer came
 * @param checkedAt when the URL was checked
 */
public record LinkCheck(String url, int status, Instant checkedAt) {
    /** Checks the parts: a URL, a status of 0 or 100-599, a time. */
    public LinkCheck {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(checkedAt, "checkedAt");
        if (status != 0 && (status < 100 || status > 599)) {
            throw new IllegalArgumentException("Not an HTTP status: " + status + " for " + url);
        }
    }

    /** The status as the quality module reads it. */
    public LinkStatus linkStatus() {
        return new LinkStatus(status);
    }

    /** Whether the check is younger than {@code maxAge} at {@code now}, so it may be reused. */
    public boolean isFreshAt(Instant now, Duration maxAge) {
        return checkedAt.plus(maxAge).isAfter(now);
    }
}
