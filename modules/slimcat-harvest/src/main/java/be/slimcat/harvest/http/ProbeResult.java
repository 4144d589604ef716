// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.http;

import java.net.URI;

/**
 * The final answer to a {@link SafeFetcher#probe}, after redirects.
 *
 * @param requested the URL asked for
 * @param uri       the URL that gave the final answer
 * @param status    the HTTP status of the final answer
 */
public record ProbeResult(URI requested, URI uri, int status) {
}
