package network.ddd.web.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Reads an upload, but never more than a limit: an import copied to a file, claim evidence kept in memory. Reading
 * stops one byte past the limit, so the caller knows the upload was too large and refuses it in its own words,
 * without having read (or stored) the rest.
 */
final class LimitedUpload {
    private LimitedUpload() {
    }

    /** @return the number of bytes copied: at most {@code limit + 1}, which means "larger than the limit" */
    static long copy(InputStream in, OutputStream out, long limit) throws IOException {
        if (in == null) {
            return 0;
        }
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while (total <= limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - total))) > 0) {
            out.write(buffer, 0, n);
            total += n;
        }
        return total;
    }

    /** The upload in memory: at most {@code limit + 1} bytes, which means "larger than the limit". */
    static byte[] read(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        copy(in, out, limit);
        return out.toByteArray();
    }
}
