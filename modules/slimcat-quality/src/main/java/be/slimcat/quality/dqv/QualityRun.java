// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.dqv;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The run that produced a set of measurements (a harvest run or a check), given by the caller.
 *
 * @param run         the run's IRI (a prov:Activity, e.g. {@code {base}/id/oogst/...})
 * @param generatedAt when the measurements were made; kept to the second
 */
public record QualityRun(Node run, Instant generatedAt) {
    /** Checks the run is an IRI and drops fractions of seconds. */
    public QualityRun {
        Objects.requireNonNull(run, "run");
        if (!run.isURI()) {
            throw new IllegalArgumentException("The run must be an IRI, got " + run);
        }
        generatedAt = generatedAt.truncatedTo(ChronoUnit.SECONDS);
    }

    /** The time as an xsd:dateTime literal in UTC. */
    public Node time() {
        return NodeFactory.createLiteralDT(generatedAt.toString(), XSDDatatype.XSDdateTime);
    }
}
