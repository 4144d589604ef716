// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

import java.net.URI;

/** Counts pages and records on their way to the sink and reports them after each page. */
final class ProgressSink implements RecordSink {
    private final RecordSink delegate;
    private final String sourceId;
    private final HarvestProgress progress;
    private int pages;
    private int records;

    ProgressSink(RecordSink delegate, String sourceId, HarvestProgress progress) {
        this.delegate = delegate;
        this.sourceId = sourceId;
        this.progress = progress;
    }

    @Override
    public void record(HarvestedRecord record) {
        records++;
        delegate.record(record);
    }

    @Override
    public void problem(RecordProblem problem) {
        delegate.problem(problem);
    }

    @Override
    public void pageRead(URI page) {
        pages++;
        delegate.pageRead(page);
        progress.update(sourceId, pages, records);
    }

    @Override
    public void pageLost(URI page, String reason) {
        pages++;
        delegate.pageLost(page, reason);
        progress.update(sourceId, pages, records);
    }
}
