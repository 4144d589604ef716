// SPDX-License-Identifier: Apache-2.0
/**
 * Polite link checks of distribution URLs ({@link be.slimcat.harvest.links.LinkChecker}): the status of
 * the access and download URLs that the MQA accessibility indicators and the first star need, one
 * request at a time per host, through the harvester's safe fetcher, with a cache kept between runs
 * ({@link be.slimcat.harvest.links.LinkCheckCache}, as RDF by {@link be.slimcat.harvest.links.LinkCheckGraph}).
 */
package be.slimcat.harvest.links;
