// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.mqa;

/** Where an MQA indicator is computed. */
public enum MqaLevel {
    /** On the dataset. */
    DATASET,
    /** On each distribution; the dataset gets the outcome of its scored distribution. */
    DISTRIBUTION,
    /** On the distribution, else on the dataset (dct:issued, dct:modified). */
    DISTRIBUTION_OR_DATASET
}
