// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.normalise;

import java.util.List;

import org.apache.jena.graph.Node;

/** What a {@link ValueRule} decided about one value. */
sealed interface Outcome {

    /** The value is fine as it is: nothing to change, nothing to report. */
    record Keep() implements Outcome {}

    /**
     * The value is replaced by {@code nodes} (which may include the value itself, when something is
     * added next to it); {@code basis} says on what grounds.
     */
    record Replace(List<Node> nodes, String basis) implements Outcome {}

    /** The value is kept as it is and flagged; {@code why} says why it could not be mapped. */
    record Unmapped(String why) implements Outcome {}

    static Outcome keep() {
        return new Keep();
    }

    static Outcome replace(Node node, String basis) {
        return new Replace(List.of(node), basis);
    }

    static Outcome unmapped(String why) {
        return new Unmapped(why);
    }
}
