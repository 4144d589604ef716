// SPDX-License-Identifier: Apache-2.0
/**
 * Fetching untrusted portal URLs safely ({@link be.slimcat.harvest.http.SafeFetcher}): no
 * internal addresses or foreign schemes, redirects checked hop by hop, header, idle and overall
 * timeouts, wire and decompressed size limits, polite retries.
 *
 * @see <a href="https://cheatsheetseries.owasp.org/cheatsheets/Server_Side_Request_Forgery_Prevention_Cheat_Sheet.html">OWASP SSRF prevention</a>
 */
package be.slimcat.harvest.http;
