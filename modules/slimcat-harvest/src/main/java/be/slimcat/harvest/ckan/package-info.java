// SPDX-License-Identifier: Apache-2.0
/**
 * The CKAN dialect ({@code ckan}) and its DKAN variant ({@code dkan}): {@link be.slimcat.harvest.ckan.CkanClient}
 * and {@link be.slimcat.harvest.ckan.DkanClient} page through the Action API by offset
 * ({@link be.slimcat.harvest.ckan.CkanQuery}, {@link be.slimcat.harvest.ckan.CkanEnvelope}); the pure
 * {@link be.slimcat.harvest.ckan.CkanPackageMapper} turns each package into a DCAT-AP 3 dataset the way
 * ckanext-dcat reads one.
 */
package be.slimcat.harvest.ckan;
