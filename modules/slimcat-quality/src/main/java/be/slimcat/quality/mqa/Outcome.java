// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.mqa;

/** The outcome of one MQA indicator. */
public enum Outcome {
    /** Met: the indicator's points are earned. */
    PASSED,
    /** Not met: no points. */
    FAILED,
    /** Not assessed (no link-check result, record not validated): no points, and never counted as passed. */
    NOT_ASSESSED
}
