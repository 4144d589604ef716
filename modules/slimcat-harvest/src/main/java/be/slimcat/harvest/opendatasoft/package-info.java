// SPDX-License-Identifier: Apache-2.0
/**
 * The {@code opendatasoft} dialect: OpenDataSoft portals read through the Explore API v2.1 dataset
 * search ({@link be.slimcat.harvest.opendatasoft.OdsClient}, {@link be.slimcat.harvest.opendatasoft.OdsDatasetMapper}).
 * The same portals' DCAT export ({@code /api/explore/v2.1/catalog/exports/dcat}, {@code /api/v2/catalog/exports/rdf})
 * is plain DCAT RDF and is read by the {@code dcat} dialect.
 */
package be.slimcat.harvest.opendatasoft;
