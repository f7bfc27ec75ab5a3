package network.ddd.web.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The realm {@code ddd} of the Keycloak that {@code ./ddd test} starts (issuer in {@code DDD_OIDC_ISSUER}): real
 * tokens with the password grant of client {@code ddd-cli}, and a little of the admin API for tests that need
 * a token the realm would not normally issue (expiring in seconds, another realm's).
 */
final class Keycloak {
    static final String API_CLIENT = "ddd-cli";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final String issuer;

    Keycloak() {
        String configured = System.getenv("DDD_OIDC_ISSUER");
        issuer = configured == null || configured.isBlank() ? "http://localhost:28180/realms/ddd" : configured;
    }

    /** The password every demo user of the throw-away test realm has (set by ./ddd test). */
    static String demoPassword() {
        return required("DDD_DEMO_PASSWORD");
    }

    String accessToken(String username) {
        return accessToken(issuer, API_CLIENT, username, demoPassword());
    }

    String accessToken(String realmIssuer, String client, String username, String password) {
        JsonNode reply = post(realmIssuer + "/protocol/openid-connect/token", null, Map.of("grant_type", "password",
                "client_id", client, "username", username, "password", password));
        return reply.get("access_token").asText();
    }

    /** An admin token of the master realm (also a token of another issuer, for the tests). */
    String adminToken() {
        return accessToken(serverUrl() + "/realms/master", "admin-cli", "admin", required("DDD_KC_ADMIN_PASSWORD"));
    }

    /**
     * A public client like {@code ddd-cli} whose access tokens live {@code seconds}: for the expiry test. Created
     * once per realm through the admin API (the test realm is thrown away after each run).
     */
    String shortLivedClient(int seconds) {
        String clientId = "ddd-it-expiring";
        String admin = adminToken();
        String clients = serverUrl() + "/admin/realms/ddd/clients";
        if (get(clients + "?clientId=" + clientId, admin).isEmpty()) {
            ObjectNode copy = (ObjectNode) get(clients + "?clientId=" + API_CLIENT, admin).get(0).deepCopy();
            copy.remove("id");
            copy.put("clientId", clientId);
            copy.withObject("attributes").put("access.token.lifespan", String.valueOf(seconds));
            copy.withArray("protocolMappers").forEach(m -> ((ObjectNode) m).remove("id"));
            send(HttpRequest.newBuilder(URI.create(clients)).header("Authorization", "Bearer " + admin)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(copy.toString())));
        }
        return clientId;
    }

    /**
     * Lets the pages' client {@code ddd-web} send the browser back to {@code app} (scheme, host and port of the app
     * under test): the realm allows the fixed test port only, while Arquillian picks a random one. Keycloak has
     * no wildcard ports, so the exact origin is added through the admin API (the test realm is thrown away).
     */
    void allowRedirectsTo(URI app) {
        String origin = app.getScheme() + "://" + app.getHost() + ":" + app.getPort();
        String admin = adminToken();
        String clients = serverUrl() + "/admin/realms/ddd/clients";
        ObjectNode client = (ObjectNode) get(clients + "?clientId=ddd-web", admin).get(0);
        var uris = client.withArray("redirectUris");
        boolean known = false;
        for (JsonNode uri : uris) {
            known |= uri.asText().equals(origin + "/*");
        }
        if (!known) {
            uris.add(origin + "/*");
            ObjectNode attributes = client.withObject("attributes");
            String logout = attributes.path("post.logout.redirect.uris").asText("");
            attributes.put("post.logout.redirect.uris", logout.isEmpty() ? origin + "/*" : logout + "##" + origin + "/*");
            send(HttpRequest.newBuilder(URI.create(clients + "/" + client.get("id").asText()))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(client.toString())));
        }
    }

    /**
     * A new user of the test realm with a verified e-mail address (user name = address), a name and the demo
     * password, no realm role and no firm: someone who just got an account. Created through the admin API.
     */
    void createUser(String email, String firstName, String lastName) {
        ObjectNode user = JSON.createObjectNode().put("username", email).put("email", email)
                .put("emailVerified", true).put("firstName", firstName).put("lastName", lastName)
                .put("enabled", true);
        user.withObject("attributes").withArray("locale").add("ko");
        user.withArray("credentials").addObject().put("type", "password").put("value", demoPassword())
                .put("temporary", false);
        send(HttpRequest.newBuilder(URI.create(serverUrl() + "/admin/realms/ddd/users"))
                .header("Authorization", "Bearer " + adminToken()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(user.toString(), StandardCharsets.UTF_8)));
    }

    String serverUrl() {
        return issuer.substring(0, issuer.indexOf("/realms/"));
    }

    private JsonNode get(String url, String bearer) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + bearer).GET());
    }

    private JsonNode post(String url, String bearer, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(request);
    }

    private JsonNode send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("Keycloak answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String required(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(variable + " is not set: run the integration tests with ./ddd test");
        }
        return value;
    }
}
