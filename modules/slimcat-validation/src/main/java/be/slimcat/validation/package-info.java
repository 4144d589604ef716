// SPDX-License-Identifier: Apache-2.0
/**
 * SHACL validation of catalogue records against the bundled shapes ({@code shapes/}), in validation
 * layers ({@link be.slimcat.validation.ValidationLayer}), with the vocabulary and the EU authority
 * tables as background: results as values ({@link be.slimcat.validation.ValidationOutcome}), never as
 * exceptions. {@link be.slimcat.validation.CatalogueValidator} validates a graph at once;
 * {@link be.slimcat.validation.RecordValidator} validates it record by record, in parallel, with the
 * same findings.
 *
 * @see <a href="https://www.w3.org/TR/shacl/">SHACL</a>
 */
package be.slimcat.validation;
