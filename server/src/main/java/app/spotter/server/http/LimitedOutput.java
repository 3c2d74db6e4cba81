package app.spotter.server.http;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Passes bytes on until a limit, then refuses: a body spooled to disk stops growing at the route's limit. */
final class LimitedOutput extends FilterOutputStream {
    /** Thrown at the first byte past the limit. */
    static final class Exceeded extends RuntimeException {
        Exceeded() {
            super("body over the limit", null, false, false);
        }
    }

    private final long limit;
    private long written;

    LimitedOutput(OutputStream out, long limit) {
        super(out);
        this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
        count(1);
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        count(len);
        out.write(b, off, len);
    }

    private void count(int n) {
        written += n;
        if (written > limit) {
            throw new Exceeded();
        }
    }
}
