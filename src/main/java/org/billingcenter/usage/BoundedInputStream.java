package org.billingcenter.usage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A request body that fails as soon as it grows past its limit, so a body without a declared length is bounded too. */
final class BoundedInputStream extends FilterInputStream {

    /** Thrown when the body passes the limit (parsers wrap it: ask {@link #passedLimit()}). */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("request body past its limit");
        }
    }

    private final long limit;
    private long read;

    BoundedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, (int) Math.min(length, limit - read + 1));
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(Math.min(n, limit - read + 1));
        count(skipped);
        return skipped;
    }

    boolean passedLimit() {
        return read > limit;
    }

    private void count(long n) throws TooLarge {
        read += n;
        if (read > limit) {
            throw new TooLarge();
        }
    }
}
