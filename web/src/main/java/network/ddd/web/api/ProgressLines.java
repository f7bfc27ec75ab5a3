package network.ddd.web.api;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The writer of a streamed progress answer (import, reindex): UTF-8 text, flushed after every line, so each line
 * leaves the server when it is printed. That needs the JAX-RS runtime not to hold the answer back to compute a
 * Content-Length — see {@link ApiApplication#getProperties()}.
 */
final class ProgressLines {
    private ProgressLines() {
    }

    static PrintWriter writer(OutputStream output) {
        return new PrintWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), true);
    }
}
