// SPDX-License-Identifier: Apache-2.0
package be.slimcat.validation;

import org.apache.jena.graph.Node;
import org.apache.jena.shacl.vocabulary.SHACL;

/** SHACL severities in SlimCat's reading: mandatory → violation, recommended → warning, optional → info. */
public enum Severity {
    /** A mandatory property is missing or a value is wrong: the record must be fixed. */
    VIOLATION,
    /** A recommended property is missing or a value is not the recommended kind. */
    WARNING,
    /** An optional property could be added. */
    INFO;

    /** The severity of a SHACL severity IRI; unknown IRIs count as violations, as SHACL says. */
    public static Severity of(Node shaclSeverity) {
        if (SHACL.Warning.equals(shaclSeverity)) {
            return WARNING;
        }
        if (SHACL.Info.equals(shaclSeverity)) {
            return INFO;
        }
        return VIOLATION;
    }

    /** The SHACL IRI of this severity. */
    public Node iri() {
        return switch (this) {
            case VIOLATION -> SHACL.Violation;
            case WARNING -> SHACL.Warning;
            case INFO -> SHACL.Info;
        };
    }

    /** Lower-case name for reports: violation, warning, info. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
