package network.ddd.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Copies an upload while counting its bytes, and stops with {@link ImportTooLargeException} past the limit. */
final class LimitedUpload {
    private LimitedUpload() {
    }

    /** @return the number of bytes copied (at most {@code limit}) */
    static long copy(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            total += n;
            if (total > limit) {
                throw new ImportTooLargeException(limit);
            }
            out.write(buffer, 0, n);
        }
        return total;
    }
}
