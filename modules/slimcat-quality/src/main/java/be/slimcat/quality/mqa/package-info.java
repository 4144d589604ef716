// SPDX-License-Identifier: Apache-2.0
/**
 * The MQA-compatible score of data.europa.eu: indicator outcomes read from a record
 * ({@link be.slimcat.quality.mqa.MqaFacts}), the score per dataset ({@link be.slimcat.quality.mqa.MqaScorer},
 * whose Javadoc states every aggregation rule and its source), figures per group
 * ({@link be.slimcat.quality.mqa.ScoreSummary}) and fixes ranked by points gained
 * ({@link be.slimcat.quality.mqa.FixAdvisor}).
 *
 * @see <a href="https://data.europa.eu/mqa/methodology">MQA methodology</a>
 */
package be.slimcat.quality.mqa;
