// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read through it and fails with {@link LimitExceededException} past a limit. */
final class LimitedInputStream extends FilterInputStream {
    /** Thrown by the stream when the limit is passed. */
    static final class LimitExceededException extends IOException {
        LimitExceededException(long limit) {
            super("more than " + limit + " bytes");
        }
    }

    private final long limit;
    private final Runnable onRead;
    private long count;

    LimitedInputStream(InputStream in, long limit, Runnable onRead) {
        super(in);
        this.limit = limit;
        this.onRead = onRead;
    }

    long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    private void add(int n) throws LimitExceededException {
        count += n;
        onRead.run();
        if (count > limit) {
            throw new LimitExceededException(limit);
        }
    }
}
