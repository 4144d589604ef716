// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.stars;

/** The criterion of one star, judged on one distribution. */
interface StarCriterion {
    /** Whether the distribution meets the criterion, and why. */
    StarReason judge(DistributionEvidence evidence);
}
