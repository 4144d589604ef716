// SPDX-License-Identifier: Apache-2.0
/**
 * SHACL validation of catalogue records against the bundled shapes ({@code shapes/}): results as
 * values ({@link be.slimcat.validation.ValidationOutcome}), never as exceptions.
 *
 * @see <a href="https://www.w3.org/TR/shacl/">SHACL</a>
 */
package be.slimcat.validation;
