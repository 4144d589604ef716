// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

import java.net.URI;

import be.slimcat.harvest.normalise.Normalised;
import be.slimcat.harvest.normalise.RecordNormaliser;

/** Passes every record through the {@link RecordNormaliser} on its way to the sink, reporting each repair. */
final class NormalisingSink implements RecordSink {
    private final RecordSink delegate;
    private final RecordNormaliser normaliser;

    NormalisingSink(RecordSink delegate, RecordNormaliser normaliser) {
        this.delegate = delegate;
        this.normaliser = normaliser;
    }

    @Override
    public void record(HarvestedRecord record) {
        Normalised normalised = normaliser.normalise(record);
        normalised.problems().forEach(delegate::problem);
        delegate.record(normalised.record());
    }

    @Override
    public void problem(RecordProblem problem) {
        delegate.problem(problem);
    }

    @Override
    public void pageRead(URI page) {
        delegate.pageRead(page);
    }

    @Override
    public void pageLost(URI page, String reason) {
        delegate.pageLost(page, reason);
    }
}
