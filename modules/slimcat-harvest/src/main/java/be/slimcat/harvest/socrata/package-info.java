// SPDX-License-Identifier: Apache-2.0
/**
 * The {@code socrata} dialect: Socrata catalogues read through the Discovery API
 * ({@link be.slimcat.harvest.socrata.SocrataClient}, {@link be.slimcat.harvest.socrata.SocrataResourceMapper}).
 */
package be.slimcat.harvest.socrata;
