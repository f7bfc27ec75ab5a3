package network.ddd.web.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for what a high-level client hides: raw (not percent-encoded) UTF-8 in the request
 * line, a declared Content-Length, and the chunks of a streamed answer with the moment each one arrived.
 */
final class RawHttp {
    /** One chunk of the answer's body as it came off the wire. */
    record Chunk(long arrivedNanos, String text) {
    }

    record Response(int status, Map<String, String> headers, List<Chunk> chunks) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String body() {
            StringBuilder all = new StringBuilder();
            chunks.forEach(c -> all.append(c.text()));
            return all.toString();
        }

        /** Index of the first chunk containing {@code text}, or -1. */
        int chunkWith(String text) {
            for (int i = 0; i < chunks.size(); i++) {
                if (chunks.get(i).text().contains(text)) {
                    return i;
                }
            }
            return -1;
        }
    }

    private final URL base;

    RawHttp(URL base) {
        this.base = base;
    }

    /** GET with the path and query written as they are, in UTF-8: no percent-encoding. */
    Response get(String pathAndQuery, String language) {
        return exchange("GET", pathAndQuery, Map.of("Accept-Language", language), null, -1);
    }

    /** POST of a file's bytes, as the operator (the only POSTs here are imports and reindexes). */
    Response post(String pathAndQuery, String contentType, Path file, String language) {
        try (InputStream in = Files.newInputStream(file)) {
            return exchange("POST", pathAndQuery, Map.of("Content-Type", contentType, "Accept-Language", language,
                    "Authorization", "Bearer " + Api.operatorToken()), in, Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * POST that declares {@code declaredLength} bytes but sends only {@code body}: for a server that should refuse
     * by the header alone.
     */
    Response postDeclaring(String pathAndQuery, String contentType, byte[] body, long declaredLength) {
        return exchange("POST", pathAndQuery, Map.of("Content-Type", contentType, "Accept-Language", "en",
                "Authorization", "Bearer " + Api.operatorToken()), new java.io.ByteArrayInputStream(body),
                declaredLength);
    }

    private Response exchange(String method, String pathAndQuery, Map<String, String> headers, InputStream body,
                              long length) {
        String path = base.getPath().endsWith("/") ? base.getPath() : base.getPath() + "/";
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(300_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder()
                    .append(method).append(' ').append(path).append(pathAndQuery).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n")
                    .append("Connection: close\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            if (body != null) {
                head.append("Content-Length: ").append(length).append("\r\n");
            }
            head.append("\r\n");
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            if (body != null) {
                body.transferTo(out);
            }
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response read(InputStream in) throws IOException {
        String status = line(in);
        int code = Integer.parseInt(status.split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String h = line(in); !h.isEmpty(); h = line(in)) {
            int colon = h.indexOf(':');
            headers.put(h.substring(0, colon).strip().toLowerCase(Locale.ROOT), h.substring(colon + 1).strip());
        }
        List<Chunk> chunks = new ArrayList<>();
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            while (true) {
                String sizeLine = line(in);
                int size = Integer.parseInt(sizeLine.split(";")[0].strip(), 16);
                if (size == 0) {
                    break;
                }
                byte[] data = in.readNBytes(size);
                chunks.add(new Chunk(System.nanoTime(), new String(data, StandardCharsets.UTF_8)));
                line(in); // CRLF after the data
            }
        } else if (headers.containsKey("content-length")) {
            byte[] data = in.readNBytes(Integer.parseInt(headers.get("content-length")));
            chunks.add(new Chunk(System.nanoTime(), new String(data, StandardCharsets.UTF_8)));
        } else {
            chunks.add(new Chunk(System.nanoTime(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
        return new Response(code, headers, chunks);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                bytes.write(b);
            }
        }
        if (b < 0 && bytes.size() == 0) {
            throw new IOException("connection closed");
        }
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }
}
