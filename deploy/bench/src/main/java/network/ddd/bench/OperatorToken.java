package network.ddd.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * An access token of the bench realm's demo operator, for the calls only the realm role {@code operator} may make
 * (import, reindex): the password grant of the public client {@code ddd-cli} at {@code $DDD_OIDC_ISSUER}, with the
 * password from DDD_BENCH_OPERATOR_PASSWORD (set by {@code ./ddd bench search}, never on a command line). Tokens
 * live 300 s and a run takes minutes: a token older than {@link #REFRESH_AFTER} is replaced before it is handed out.
 */
final class OperatorToken {
    static final Duration REFRESH_AFTER = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String issuer;
    private final String user;
    private final String password;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String token;
    private long fetchedAt;

    OperatorToken(String issuer, String user, String password) {
        this.issuer = issuer.replaceAll("/+$", "");
        this.user = user;
        this.password = password;
    }

    static OperatorToken fromEnvironment(Map<String, String> env) {
        String issuer = env.get("DDD_OIDC_ISSUER");
        String password = env.get("DDD_BENCH_OPERATOR_PASSWORD");
        if (issuer == null || issuer.isBlank() || password == null || password.isEmpty()) {
            throw new IllegalArgumentException("DDD_OIDC_ISSUER and DDD_BENCH_OPERATOR_PASSWORD are not set: import and"
                    + " reindex need an operator's token (run the benchmark with ./ddd bench search)");
        }
        return new OperatorToken(issuer.strip(), env.getOrDefault("DDD_BENCH_OPERATOR", "operator@demo.example"), password);
    }

    /** A token at most {@link #REFRESH_AFTER} old. */
    synchronized String get() throws IOException, InterruptedException {
        if (token == null || System.nanoTime() - fetchedAt > REFRESH_AFTER.toNanos()) {
            long asked = System.nanoTime();
            token = fetch();
            fetchedAt = asked;
        }
        return token;
    }

    private String fetch() throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=ddd-cli"
                + "&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        String url = issuer + "/protocol/openid-connect/token";
        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode json = reply.body().isBlank() ? JSON.nullNode() : JSON.readTree(reply.body());
        String accessToken = json.path("access_token").asText("");
        if (reply.statusCode() != 200 || accessToken.isEmpty()) {
            throw new IOException("the operator " + user + " could not sign in at " + url + ": HTTP "
                    + reply.statusCode() + " " + reply.body());
        }
        return accessToken;
    }

    @Override
    public String toString() {
        return user + " at " + issuer; // never the password
    }
}
