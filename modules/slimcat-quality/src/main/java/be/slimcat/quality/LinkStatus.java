// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality;

/**
 * The result of checking one URL: the HTTP status of the final answer (after redirects), or 0 when no
 * HTTP answer came (connection refused, timeout, refused by the fetcher's safety rules).
 *
 * @param code the HTTP status code, or 0
 */
public record LinkStatus(int code) {
    /** A checked URL that gave no HTTP answer. */
    public static LinkStatus noAnswer() {
        return new LinkStatus(0);
    }

    /**
     * Whether the URL counts as accessible: a 2xx status, as piveau's scoring counts the access and
     * download URL status codes (200-299).
     */
    public boolean isSuccess() {
        return code >= 200 && code <= 299;
    }

    /** The status for texts: the code, or "no answer". */
    public String describe() {
        return code == 0 ? "no answer" : "HTTP " + code;
    }
}
