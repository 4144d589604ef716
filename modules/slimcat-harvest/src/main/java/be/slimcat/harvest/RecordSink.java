// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

import java.net.URI;

/** Where a portal client delivers what it harvested, page by page. */
public interface RecordSink {
    /** A mapped record. */
    void record(HarvestedRecord record);

    /** A record or page that was rejected or repaired. */
    void problem(RecordProblem problem);

    /** A page was read (whatever became of its records). */
    void pageRead(URI page);

    /**
     * A page could not be read and the client went on without it: the run is incomplete, so no
     * record may be taken as removed from the source.
     */
    void pageLost(URI page, String reason);
}
