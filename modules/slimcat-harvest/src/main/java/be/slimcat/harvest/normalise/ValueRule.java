// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.normalise;

import org.apache.jena.graph.Node;

/** Decides, for one property, whether a value is kept, repaired or flagged. Pure. */
interface ValueRule {
    Outcome apply(Node value);
}
