package network.ddd.web.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small HTTP client for the black-box tests: the API as any client sees it. Imports (and reindex) are for the realm
 * role {@code operator}: they carry the demo operator's token from the test Keycloak ({@link Keycloak}).
 */
public final class Api {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern RESULT = Pattern.compile("(\\w+)=(\\S+)");
    static final String OPERATOR = "operator@demo.example";
    /** Tokens live 5 minutes; one is reused for a minute (a long import is authorised when it starts). */
    private static final Duration TOKEN_REUSE = Duration.ofSeconds(60);
    private static String operatorToken;
    private static long operatorTokenAt;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    public Api(URL base) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
    }

    public record Reply(int status, String contentType, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
    }

    /** An import's answer: the streamed text and its final RESULT counts. */
    public record ImportReply(int status, String text, Map<String, String> result) {
        public long count(String name) {
            return Long.parseLong(result.get(name));
        }
    }

    /** The app's base URI, ending with a slash. */
    public URI base() {
        return base;
    }

    public Reply get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).header("Accept-Language", "ko").GET());
    }

    public Reply get(String pathAndQuery, String language) {
        return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).header("Accept-Language", language).GET());
    }

    public static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    public ImportReply importFile(Path file, String format) {
        try {
            return importBody(HttpRequest.BodyPublishers.ofFile(file), format, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ImportReply importBytes(byte[] csv, String format, String name) {
        return importBody(HttpRequest.BodyPublishers.ofByteArray(csv), format, name);
    }

    public ImportReply importText(String csv, String format, String name) {
        return importBody(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8), format, name);
    }

    /** {@code GET /api/v1/me} with a user's access token. */
    public JsonNode me(String accessToken) {
        Reply reply = send(HttpRequest.newBuilder(base.resolve("api/v1/me"))
                .header("Authorization", "Bearer " + accessToken).GET());
        if (reply.status() != 200) {
            throw new AssertionError("GET /api/v1/me: " + reply.status() + " " + reply.body());
        }
        return reply.json();
    }

    /** {@code GET} as the demo operator. */
    public Reply getAsOperator(String pathAndQuery) {
        return send(HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .header("Authorization", "Bearer " + operatorToken()).header("Accept-Language", "en").GET());
    }

    /** {@code PUT} of a JSON body as the demo operator. */
    public Reply putAsOperator(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + operatorToken())
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** {@code POST /api/v1/admin/reindex} as the operator; the streamed answer ends with a RESULT line. */
    public ImportReply reindex() {
        return streamed(send(HttpRequest.newBuilder(base.resolve("api/v1/admin/reindex"))
                .header("Authorization", "Bearer " + operatorToken())
                .header("Accept-Language", "en")
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.noBody())));
    }

    /** The demo operator's access token, fetched again when older than a minute. */
    static synchronized String operatorToken() {
        if (operatorToken == null || System.nanoTime() - operatorTokenAt > TOKEN_REUSE.toNanos()) {
            long asked = System.nanoTime();
            operatorToken = new Keycloak().accessToken(OPERATOR);
            operatorTokenAt = asked;
        }
        return operatorToken;
    }

    private ImportReply importBody(HttpRequest.BodyPublisher body, String format, String name) {
        return streamed(send(HttpRequest.newBuilder(base.resolve("api/v1/imports?format=" + format + "&name=" + q(name)))
                .header("Authorization", "Bearer " + operatorToken())
                .header("Content-Type", "text/csv; charset=UTF-8")
                .header("Accept-Language", "en")
                .timeout(Duration.ofMinutes(5))
                .POST(body)));
    }

    /** A streamed operations answer with its last RESULT line's counts. */
    private static ImportReply streamed(Reply reply) {
        Map<String, String> result = new LinkedHashMap<>();
        reply.body().lines().filter(l -> l.startsWith("RESULT ")).reduce((a, b) -> b).ifPresent(line -> {
            Matcher m = RESULT.matcher(line);
            while (m.find()) {
                result.put(m.group(1), m.group(2));
            }
        });
        return new ImportReply(reply.status(), reply.body(), result);
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
