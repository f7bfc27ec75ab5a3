import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Posts to a streaming operations endpoint (import, reindex) and prints the server's progress lines as they
 * arrive.
 *
 * <p>Run with Java's source launcher (no build, no curl needed): {@code java ImportClient.java URL [FILE]}.
 * The body is the raw file, sent as {@code text/csv}, or empty without FILE. Messages come in the language of
 * DDD_LANG (ko or en; Korean by default). Exit codes: 0 success, 1 HTTP status of 400 or more (the body is
 * printed first) or a final {@code RESULT failed} line, 2 wrong usage or unreadable file, 3 no connection.
 */
public class ImportClient {

    public static void main(String[] args) throws InterruptedException {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        if (args.length < 1 || args.length > 2) {
            err.println("usage: java ImportClient.java URL [FILE]");
            System.exit(2);
        }
        URI uri = URI.create(args[0]);
        Path file = args.length == 2 ? Path.of(args[1]) : null;
        if (file != null && !Files.isReadable(file)) {
            err.println("cannot read " + file);
            System.exit(2);
        }

        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        try {
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .header("Content-Type", "text/csv")
                    .header("Accept", "text/plain")
                    .header("Accept-Language", System.getenv().getOrDefault("DDD_LANG", "ko"))
                    .POST(file == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofFile(file))
                    .build();
            HttpResponse<Stream<String>> response = client.send(request, HttpResponse.BodyHandlers.ofLines());
            int status = response.statusCode();
            PrintStream target = status >= 400 ? err : out;
            try (Stream<String> lines = response.body()) {
                Iterator<String> it = lines.iterator();
                String last = "";
                while (it.hasNext()) {
                    last = it.next();
                    target.println(last);
                }
                if (status < 400 && (last.startsWith("RESULT failed") || !last.startsWith("RESULT"))) {
                    if (!last.startsWith("RESULT")) {
                        err.println("failed: the answer ended without a RESULT line (connection lost?)");
                    }
                    System.exit(1);
                }
            }
            if (status >= 400) {
                err.println("failed: HTTP " + status + " from " + uri);
                System.exit(1);
            }
        } catch (ConnectException e) {
            err.println("cannot connect to " + uri.getHost() + ":" + uri.getPort() + " — is the app running? (./ddd up)");
            System.exit(3);
        } catch (IOException e) {
            err.println("failed: " + e);
            System.exit(3);
        }
    }
}
