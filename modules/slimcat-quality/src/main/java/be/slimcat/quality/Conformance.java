// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality;

/** The DCAT-AP (SHACL) conformance of a record, as the validation that ran before scoring found it. */
public enum Conformance {
    /** Validated: no violations. */
    CONFORMS,
    /** Validated: at least one violation. */
    VIOLATES,
    /** Not validated: the MQA compliance indicator is reported as not assessed. */
    NOT_VALIDATED
}
