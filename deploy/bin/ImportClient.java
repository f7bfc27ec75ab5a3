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
 * Uploads a CSV file to the import API and prints the server's streamed progress lines as they arrive.
 *
 * <p>Run with Java's source launcher (no build, no curl needed): {@code java ImportClient.java URL FILE}.
 * The body is the raw file, sent as {@code text/csv}. Exit codes: 0 success, 1 HTTP status of 400 or
 * more (the body is printed first), 2 wrong usage or unreadable file, 3 no connection.
 */
public class ImportClient {

    public static void main(String[] args) throws InterruptedException {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        if (args.length != 2) {
            err.println("usage: java ImportClient.java URL FILE");
            System.exit(2);
        }
        URI uri = URI.create(args[0]);
        Path file = Path.of(args[1]);
        if (!Files.isReadable(file)) {
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
                    .POST(HttpRequest.BodyPublishers.ofFile(file))
                    .build();
            HttpResponse<Stream<String>> response = client.send(request, HttpResponse.BodyHandlers.ofLines());
            int status = response.statusCode();
            PrintStream target = status >= 400 ? err : out;
            try (Stream<String> lines = response.body()) {
                Iterator<String> it = lines.iterator();
                while (it.hasNext()) {
                    target.println(it.next());
                }
            }
            if (status >= 400) {
                err.println("import failed: HTTP " + status + " from " + uri);
                System.exit(1);
            }
        } catch (ConnectException e) {
            err.println("cannot connect to " + uri.getHost() + ":" + uri.getPort() + " — is the app running? (./ddd up)");
            System.exit(3);
        } catch (IOException e) {
            err.println("import failed: " + e);
            System.exit(3);
        }
    }
}
