// SPDX-License-Identifier: Apache-2.0
/**
 * Quality results as linked data: DQV measurements for {@code {base}/graph/quality}
 * ({@link be.slimcat.quality.dqv.QualityGraphWriter}) with deterministic IRIs
 * ({@link be.slimcat.quality.dqv.MeasurementIris}), and the bundled queries that read the latest figures
 * and the trend over runs back ({@link be.slimcat.quality.dqv.QualityFigures}).
 *
 * @see <a href="https://www.w3.org/TR/vocab-dqv/">Data Quality Vocabulary</a>
 */
package be.slimcat.quality.dqv;
