package network.ddd.web.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads an upload into memory, but never more than a limit: a larger upload stops at limit bytes. */
final class LimitedBytes {
    private LimitedBytes() {
    }

    /** At most {@code limit} bytes of the stream; the caller refuses content of exactly {@code limit} if too big. */
    static byte[] read(InputStream in, int limit) throws IOException {
        if (in == null) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        int n;
        while (out.size() < limit && (n = in.read(buffer, 0, Math.min(buffer.length, limit - out.size()))) > 0) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
