// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.http;

import java.net.URI;

import be.slimcat.vocab.SlimcatException;

/** A response could not be had, or was refused by the {@link FetchPolicy}; says why and for which URL. */
public final class FetchException extends SlimcatException {
    /** Why the fetch failed. */
    public enum Reason {
        /** Connection refused, reset, DNS failure, or a 5xx/429 still there after the retries. */
        UNREACHABLE,
        /** The response did not complete within the idle timeout or the deadline. */
        TIMEOUT,
        /** The body was larger than allowed, on the wire or after decompression. */
        TOO_LARGE,
        /** The URL, or a redirect, points to a scheme or address the policy does not allow. */
        REFUSED,
        /** Too many redirects, or a redirect loop. */
        REDIRECTS,
        /** The server answered with a client error such as 404. */
        HTTP_STATUS,
        /** The body ended before the announced length, or the gzip stream was broken. */
        TRUNCATED
    }

    private final Reason reason;
    private final URI uri;
    private final int status;

    public FetchException(Reason reason, URI uri, int status, String detail) {
        this(reason, uri, status, detail, null);
    }

    public FetchException(Reason reason, URI uri, int status, String detail, Throwable cause) {
        super(uri + ": " + detail, cause);
        this.reason = reason;
        this.uri = uri;
        this.status = status;
    }

    public Reason reason() {
        return reason;
    }

    public URI uri() {
        return uri;
    }

    /** The last HTTP status seen, or 0 when there was none. */
    public int status() {
        return status;
    }
}
