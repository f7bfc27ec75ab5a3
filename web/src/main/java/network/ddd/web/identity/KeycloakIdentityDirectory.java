package network.ddd.web.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import network.ddd.identity.IdentityDirectory;
import network.ddd.identity.Role;
import network.ddd.web.security.OidcSettings;

/**
 * Accounts and realm roles in Keycloak, through its admin REST API as the service account of client
 * {@code ddd-web}. A new account gets Keycloak's "update password / verify e-mail" mail; where the realm has no
 * mail server (the embedded development Keycloak) that step is logged and skipped, and the account still exists.
 */
@ApplicationScoped
public class KeycloakIdentityDirectory implements IdentityDirectory {
    private static final Logger LOG = Logger.getLogger(KeycloakIdentityDirectory.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String issuer;
    private String clientId;
    private String clientSecret;
    private Clock clock;
    private String token;
    private Instant tokenValidUntil = Instant.MIN;

    /** For CDI. */
    protected KeycloakIdentityDirectory() {
    }

    @Inject
    public KeycloakIdentityDirectory(OidcSettings settings) {
        this(settings.getIssuer(), settings.getClientId(), settings.getClientSecret(), Clock.systemUTC());
    }

    KeycloakIdentityDirectory(String issuer, String clientId, String clientSecret, Clock clock) {
        this.issuer = issuer.replaceAll("/+$", "");
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.clock = clock;
    }

    @Override
    public Optional<String> findUser(String email) {
        JsonArray users = Json.createReader(new StringReader(call("GET", "/users?exact=true&email="
                + URLEncoder.encode(email.strip(), StandardCharsets.UTF_8), null, 200).body())).readArray();
        return users.stream().map(JsonValue::asJsonObject)
                .filter(u -> email.strip().equalsIgnoreCase(u.getString("email", "")))
                .map(u -> u.getString("id")).findFirst();
    }

    @Override
    public String ensureUser(String email, String displayName) {
        Optional<String> existing = findUser(email);
        if (existing.isPresent()) {
            return existing.get();
        }
        String address = email.strip().toLowerCase(Locale.ROOT);
        JsonObject user = Json.createObjectBuilder()
                .add("username", address)
                .add("email", address)
                .add("firstName", displayName == null ? "" : displayName)
                .add("enabled", true)
                .add("emailVerified", false)
                .add("requiredActions", Json.createArrayBuilder().add("UPDATE_PASSWORD").add("VERIFY_EMAIL"))
                .build();
        HttpResponse<String> created = call("POST", "/users", user.toString(), 201, 409);
        String subject = created.statusCode() == 409 ? findUser(email).orElseThrow(() ->
                new IllegalStateException("Keycloak reports a conflict for " + address + " but has no such user"))
                : lastSegment(created.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> mail = call("PUT", "/users/" + subject + "/execute-actions-email",
                "[\"UPDATE_PASSWORD\",\"VERIFY_EMAIL\"]", 200, 204, 400, 500);
        if (mail.statusCode() >= 400) {
            LOG.warning(() -> "Keycloak could not send the set-password mail to " + address + " (no mail server?): "
                    + mail.statusCode() + " " + mail.body());
        }
        return subject;
    }

    @Override
    public void assignRole(String subject, Role role) {
        JsonObject realmRole = Json.createReader(new StringReader(
                call("GET", "/roles/" + role.realmRole(), null, 200).body())).readObject();
        call("POST", "/users/" + subject + "/role-mappings/realm",
                Json.createArrayBuilder().add(realmRole).build().toString(), 204);
    }

    private HttpResponse<String> call(String method, String path, String json, int... expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(adminBase() + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token()).header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        HttpResponse<String> response = send(request.build());
        for (int status : expected) {
            if (response.statusCode() == status) {
                return response;
            }
        }
        throw new IllegalStateException("Keycloak admin API: " + method + " " + path + " answered "
                + response.statusCode() + " " + response.body());
    }

    /** {@code http://host/realms/ddd} → {@code http://host/admin/realms/ddd}. */
    String adminBase() {
        int realms = issuer.lastIndexOf("/realms/");
        return issuer.substring(0, realms) + "/admin" + issuer.substring(realms);
    }

    private synchronized String token() {
        if (token == null || clock.instant().isAfter(tokenValidUntil)) {
            String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                    + "&client_secret=" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
            HttpResponse<String> response = send(HttpRequest.newBuilder(
                            URI.create(issuer + "/protocol/openid-connect/token")).timeout(TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused the service account of " + clientId + ": "
                        + response.statusCode() + " " + response.body());
            }
            JsonObject json = Json.createReader(new StringReader(response.body())).readObject();
            token = json.getString("access_token");
            tokenValidUntil = clock.instant().plusSeconds(Math.max(0, json.getInt("expires_in", 60) - 30));
        }
        return token;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Keycloak is not reachable at " + issuer + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String lastSegment(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
