// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.links;

import java.net.URI;
import java.time.Duration;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.slimcat.harvest.http.FetchException;
import be.slimcat.harvest.http.ProbeMethod;
import be.slimcat.harvest.http.SafeFetcher;

/**
 * Checks one URL: HEAD, and for a server that does not implement HEAD (405, 501) a GET that reads only
 * the start of the body, after the host's pause. The status is that of the final answer after the
 * redirects {@link SafeFetcher} follows; 0 when no HTTP answer came (refused by the fetch rules,
 * unreachable, timed out, too many redirects).
 */
final class LinkProbe {
    private static final Logger LOG = LoggerFactory.getLogger(LinkProbe.class);
    private static final Set<Integer> HEAD_NOT_IMPLEMENTED = Set.of(405, 501);

    private final SafeFetcher fetcher;
    private final Duration hostDelay;

    LinkProbe(SafeFetcher fetcher, Duration hostDelay) {
        this.fetcher = fetcher;
        this.hostDelay = hostDelay;
    }

    /** The status of the URL's final answer, or 0. */
    int status(URI uri) {
        try {
            int head = fetcher.probe(uri, ProbeMethod.HEAD).status();
            if (!HEAD_NOT_IMPLEMENTED.contains(head)) {
                return head;
            }
            LOG.debug("{}: HEAD gave {}, asking with GET", uri, head);
            pause();
            return fetcher.probe(uri, ProbeMethod.GET).status();
        } catch (FetchException e) {
            LOG.debug("{}: no answer: {}", uri, e.getMessage());
            return 0;
        }
    }

    /** Waits the pause between two requests to the same host. */
    void pause() {
        if (hostDelay.isZero()) {
            return;
        }
        try {
            Thread.sleep(hostDelay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LinkCheckInterruptedException(e);
        }
    }
}
