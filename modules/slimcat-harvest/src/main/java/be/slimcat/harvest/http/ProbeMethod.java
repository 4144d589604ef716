// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.http;

/** How {@link SafeFetcher#probe} asks for a URL. */
public enum ProbeMethod {
    /** A HEAD request: the status without the body. */
    HEAD,
    /** A GET that reads at most {@link SafeFetcher#PROBE_BODY_BYTES} of the body, for servers that do not answer HEAD. */
    GET
}
