// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.normalise;

import java.util.List;

import be.slimcat.harvest.HarvestedRecord;
import be.slimcat.harvest.RecordProblem;

/**
 * A record after normalisation, with a problem for every repair and for every value kept unmapped
 * (all with {@code rejected=false}: the record is always kept).
 *
 * @param record   the repaired record (the same graph content when nothing changed)
 * @param problems the repairs ("{property} of &lt;{node}&gt;: changed … to … (…)") and the values kept
 *                 unmapped ("kept unmapped: …"), in a stable order
 */
public record Normalised(HarvestedRecord record, List<RecordProblem> problems) {
    public Normalised {
        problems = List.copyOf(problems);
    }
}
