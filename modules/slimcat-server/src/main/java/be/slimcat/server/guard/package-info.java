// SPDX-License-Identifier: Apache-2.0
/**
 * Guards of the public endpoint: request rate per client, concurrent queries, request body size,
 * the {@code SERVICE} allow-list, property paths the timeout cannot stop, and the query watchdog.
 * See {@code modules/slimcat-server/THREAT-MODEL.md}.
 */
package be.slimcat.server.guard;
