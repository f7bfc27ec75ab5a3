package network.ddd.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Signing in against the real Keycloak of {@code ./ddd test}: a demo user's token opens {@code GET /api/v1/me};
 * no token, a tampered or foreign-signed token, another realm's, another audience's and an expired token are
 * each refused with 401 problem+json; the public directory stays open; the pages' sign-in goes to Keycloak.
 */
@ExtendWith(ArquillianExtension.class)
class SignInIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return DddDeployment.war();
    }

    @ArquillianResource
    URL base;

    final Keycloak keycloak = new Keycloak();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Reply(int status, String contentType, String wwwAuthenticate, String location, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
    }

    URI app;

    @BeforeEach
    void appUri() {
        app = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
    }

    Reply get(String path, String bearer) {
        var request = HttpRequest.newBuilder(app.resolve(path)).header("Accept-Language", "ko").GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("WWW-Authenticate").orElse(""), r.headers().firstValue("Location").orElse(""),
                    r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void assertRefused(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.wwwAuthenticate()).startsWith("Bearer");
        assertThat(reply.json().get("status").asInt()).isEqualTo(401);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "designer@demo.example, designer",
        "wholesaler@demo.example, wholesaler",
        "supplier@demo.example, supplier",
        "operator@demo.example, operator"})
    void aDemoUsersTokenShowsWhoTheyAreAndTheirRole(String username, String role) {
        Reply me = get("api/v1/me", keycloak.accessToken(username));

        assertThat(me.status()).as(me.body()).isEqualTo(200);
        JsonNode json = me.json();
        assertThat(json.get("username").asText()).isEqualTo(username);
        assertThat(json.get("email").asText()).isEqualTo(username);
        assertThat(json.get("displayName").asText()).isNotBlank();
        assertThat(json.get("subject").asText()).isNotBlank();
        // the demo user's own role; registering a firm of another kind adds that kind's role (other tests do)
        assertThat(json.get("roles")).extracting(JsonNode::asText).contains(role);
        if (!role.equals("operator")) {
            assertThat(json.get("roles")).extracting(JsonNode::asText).doesNotContain("operator");
        }
        assertThat(json.get("organisations").isArray()).isTrue(); // firms registered by other tests may be listed
    }

    @Test
    void withoutATokenMeIsRefused() {
        Reply reply = get("api/v1/me", null);

        assertRefused(reply);
        assertThat(reply.json().get("title").asText()).isEqualTo("로그인 필요");
    }

    @Test
    void aTamperedTokenIsRefused() {
        String[] parts = keycloak.accessToken("designer@demo.example").split("\\.");
        ObjectNode claims = (ObjectNode) readPart(parts[1]);
        claims.putArray("groups").add("operator");

        assertRefused(get("api/v1/me", parts[0] + "." + encode(claims) + "." + parts[2]));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws GeneralSecurityException {
        String[] parts = keycloak.accessToken("designer@demo.example").split("\\.");
        var keys = KeyPairGenerator.getInstance("RSA");
        keys.initialize(2048);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(keys.generateKeyPair().getPrivate());
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));

        assertRefused(get("api/v1/me", parts[0] + "." + parts[1] + "." + B64.encodeToString(rsa.sign())));
    }

    @Test
    void aTokenOfAnotherRealmIsRefused() {
        assertRefused(get("api/v1/me", keycloak.adminToken()));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        // admin-cli of the same realm: right issuer and signature, but no audience ddd-api
        String token = keycloak.accessToken(keycloak.issuer, "admin-cli", "designer@demo.example", Keycloak.demoPassword());
        assertThat(readPart(token.split("\\.")[1]).path("aud").asText()).isNotEqualTo("ddd-api");

        assertRefused(get("api/v1/me", token));
    }

    @Test
    void anExpiredTokenIsRefused() {
        String client = keycloak.shortLivedClient(2);
        String token = keycloak.accessToken(keycloak.issuer, client, "designer@demo.example", Keycloak.demoPassword());

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertRefused(get("api/v1/me", token)));
    }

    @Test
    void thePublicDirectoryNeedsNoSignIn() {
        assertThat(get("api/v1/suppliers?q=" + Api.q("염색"), null).status()).isEqualTo(200);
        assertThat(get("api/v1/suppliers?q=" + Api.q("염색"), keycloak.accessToken("supplier@demo.example")).status())
                .isEqualTo(200);
        Reply page = get("?lang=ko", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"sign-in\"").contains("로그인");
    }

    @Test
    void signingInOnThePagesGoesToKeycloak() {
        Reply reply = get("signin?return=" + Api.q("/?lang=ko"), null);

        assertThat(reply.status()).isEqualTo(302);
        assertThat(reply.location()).startsWith(keycloak.issuer + "/protocol/openid-connect/auth")
                .contains("client_id=ddd-web").contains("response_type=code").contains("signin%2Fcallback");
    }

    private static JsonNode readPart(String part) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(part));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(JsonNode json) {
        return B64.encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }
}
