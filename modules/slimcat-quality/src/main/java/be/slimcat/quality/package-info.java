// SPDX-License-Identifier: Apache-2.0
/**
 * Quality of catalogue records that publishers can act on: Tim Berners-Lee's five stars, the
 * MQA-compatible score of data.europa.eu, fixes ranked by points gained, and the results as DQV
 * measurements. Entry point: {@link be.slimcat.quality.QualityAssessor}; results are values.
 *
 * @see <a href="https://www.w3.org/TR/vocab-dqv/">Data Quality Vocabulary</a>
 */
package be.slimcat.quality;
