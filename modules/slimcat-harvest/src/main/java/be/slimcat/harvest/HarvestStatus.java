// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

/** How a harvest run ended, and whether its result replaced the source's graph. */
public enum HarvestStatus {
    /** Complete; the source's graph was (or, in a dry run, would be) replaced. */
    SUCCEEDED(true),
    /** The source could not be reached or read; the last good graph is kept. */
    UNAVAILABLE(false),
    /** Some pages could not be read; nothing is taken as removed, so the last good graph is kept. */
    INCOMPLETE(false),
    /** The source lost more records than allowed since the last good run; the last good graph is kept. */
    SHRUNK(false);

    private final boolean replacesGraph;

    HarvestStatus(boolean replacesGraph) {
        this.replacesGraph = replacesGraph;
    }

    /** True when the run's records become the source's graph. */
    public boolean replacesGraph() {
        return replacesGraph;
    }

    /** Lower-case name for reports. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
