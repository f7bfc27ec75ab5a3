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
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may call what: every endpoint of the API (as listed by the app's own OpenAPI document) called as each kind
 * of caller, with real Keycloak tokens, against one table of expected answers. A new endpoint without a row in
 * {@link #MATRIX} fails {@link #everyEndpointHasARow}; any refusal that turns into an answer (an unexpected allow)
 * or the reverse fails {@link #everyCallerGetsWhatTheTableSays}.
 *
 * <p>The callers: nobody (no token); a designer who owns another firm (org B); a wholesaler invited as plain
 * member of the supplier's firm (org A); the supplier who claimed the profile and owns org A; the operator. The
 * fixture is built through the API itself: an imported profile with a registration number, claimed by the
 * supplier with a PDF and approved by the operator; the designer registers org B; the supplier invites the
 * wholesaler, who accepts.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationMatrixIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    enum Who { ANONYMOUS, OTHER_ORG, MEMBER, OWNER, OPERATOR }

    /** The fixture's ids, filled in once per run. */
    record Ids(long supplier, long orgA, long orgB, long claim, String memberSubject) {
    }

    /** One endpoint: method, OpenAPI path template, the concrete call, and the expected status per caller. */
    record Row(String method, String template, Function<Ids, String> path, Function<Ids, Body> body,
               Map<Who, Integer> expected) {
    }

    record Body(String contentType, byte[] bytes) {
        static Body json(String json) {
            return new Body("application/json", json.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static final int ALLOWED_BUT_NOT_FOUND = 404;

    /** Expected status by caller, in the order ANONYMOUS, OTHER_ORG, MEMBER, OWNER, OPERATOR. */
    private static Map<Who, Integer> expect(int anonymous, int otherOrg, int member, int owner, int operator) {
        Map<Who, Integer> m = new EnumMap<>(Who.class);
        m.put(Who.ANONYMOUS, anonymous);
        m.put(Who.OTHER_ORG, otherOrg);
        m.put(Who.MEMBER, member);
        m.put(Who.OWNER, owner);
        m.put(Who.OPERATOR, operator);
        return m;
    }

    private static Row row(String method, String template, Function<Ids, String> path, Map<Who, Integer> expected) {
        return new Row(method, template, path, ids -> null, expected);
    }

    private static Row row(String method, String template, Function<Ids, String> path, Function<Ids, Body> body,
                           Map<Who, Integer> expected) {
        return new Row(method, template, path, body, expected);
    }

    /**
     * The table. Allowed callers get the answer a real call gives (200, 201, 204, or the business refusal that
     * proves the access check passed: 409 for a decided claim or an owned profile, 404 for an unknown member or
     * invitation).
     */
    static final List<Row> MATRIX = List.of(
            row("GET", "/api/v1/suppliers", ids -> "api/v1/suppliers?q=" + enc("염색"),
                    expect(200, 200, 200, 200, 200)),
            row("GET", "/api/v1/suppliers/suggest", ids -> "api/v1/suppliers/suggest?q=" + enc("염"),
                    expect(200, 200, 200, 200, 200)),
            row("GET", "/api/v1/suppliers/{id}", ids -> "api/v1/suppliers/" + ids.supplier(),
                    expect(200, 200, 200, 200, 200)),
            row("GET", "/api/v1/suppliers/{id}/contact", ids -> "api/v1/suppliers/" + ids.supplier() + "/contact",
                    expect(401, 200, 200, 200, 200)),
            row("PUT", "/api/v1/suppliers/{id}", ids -> "api/v1/suppliers/" + ids.supplier(), null,
                    expect(401, 403, 200, 200, 200)),
            row("POST", "/api/v1/suppliers/{id}/claims", ids -> "api/v1/suppliers/" + ids.supplier()
                            + "/claims?brn=" + enc("000-00-00000") + "&fileName=proof.pdf",
                    ids -> new Body("application/pdf", PDF), expect(401, 409, 409, 409, 409)),
            row("GET", "/api/v1/claims", ids -> "api/v1/claims", expect(401, 200, 200, 200, 200)),
            row("GET", "/api/v1/claims/{id}", ids -> "api/v1/claims/" + ids.claim(), expect(401, 403, 200, 200, 200)),
            row("GET", "/api/v1/claims/{id}/evidence", ids -> "api/v1/claims/" + ids.claim() + "/evidence",
                    expect(401, 403, 200, 200, 200)),
            row("POST", "/api/v1/claims/{id}/approve", ids -> "api/v1/claims/" + ids.claim() + "/approve",
                    expect(401, 403, 403, 403, 409)),
            row("POST", "/api/v1/claims/{id}/reject", ids -> "api/v1/claims/" + ids.claim() + "/reject",
                    ids -> Body.json("{\"reason\":\"test\"}"), expect(401, 403, 403, 403, 409)),
            row("POST", "/api/v1/organisations", ids -> "api/v1/organisations",
                    ids -> Body.json("{\"kind\":\"WHOLESALER\",\"name\":\"[IT] 매트릭스 도매 " + nonce()
                            + "\",\"brn\":\"" + brn() + "\"}"), expect(401, 201, 201, 201, 201)),
            row("GET", "/api/v1/organisations", ids -> "api/v1/organisations", expect(401, 403, 403, 403, 200)),
            row("GET", "/api/v1/organisations/{id}", ids -> "api/v1/organisations/" + ids.orgA(),
                    expect(401, 403, 200, 200, 200)),
            row("POST", "/api/v1/organisations/{id}/verification-request",
                    ids -> "api/v1/organisations/" + ids.orgA() + "/verification-request",
                    expect(401, 403, 403, 200, 403)), // verified already: asking again changes nothing
            row("POST", "/api/v1/organisations/{id}/verify", ids -> "api/v1/organisations/" + ids.orgA() + "/verify",
                    expect(401, 403, 403, 403, 409)),
            row("POST", "/api/v1/organisations/{id}/reject", ids -> "api/v1/organisations/" + ids.orgA() + "/reject",
                    ids -> Body.json("{\"reason\":\"test\"}"), expect(401, 403, 403, 403, 409)),
            row("GET", "/api/v1/organisations/{id}/invitations",
                    ids -> "api/v1/organisations/" + ids.orgA() + "/invitations", expect(401, 403, 403, 200, 200)),
            row("POST", "/api/v1/organisations/{id}/invitations",
                    ids -> "api/v1/organisations/" + ids.orgA() + "/invitations",
                    ids -> Body.json("{\"email\":\"it-" + nonce() + "@example.com\",\"role\":\"MEMBER\"}"),
                    expect(401, 403, 403, 201, 201)),
            row("PUT", "/api/v1/organisations/{id}/members/{subject}",
                    ids -> "api/v1/organisations/" + ids.orgA() + "/members/" + ids.memberSubject(),
                    ids -> Body.json("{\"role\":\"MEMBER\"}"), expect(401, 403, 403, 204, 204)),
            row("DELETE", "/api/v1/organisations/{id}/members/{subject}",
                    ids -> "api/v1/organisations/" + ids.orgA() + "/members/nobody-" + nonce(),
                    expect(401, 403, 403, ALLOWED_BUT_NOT_FOUND, ALLOWED_BUT_NOT_FOUND)),
            row("POST", "/api/v1/organisations/{id}/leave", ids -> "api/v1/organisations/" + ids.orgB() + "/leave",
                    expect(401, 409, 403, 403, 403)),
            row("POST", "/api/v1/invitations/{token}/accept", ids -> "api/v1/invitations/no-such-token/accept",
                    expect(401, ALLOWED_BUT_NOT_FOUND, ALLOWED_BUT_NOT_FOUND, ALLOWED_BUT_NOT_FOUND,
                            ALLOWED_BUT_NOT_FOUND)),
            row("GET", "/api/v1/me", ids -> "api/v1/me", expect(401, 200, 200, 200, 200)),
            row("GET", "/api/v1/admin/audit", ids -> "api/v1/admin/audit", expect(401, 403, 403, 403, 200)),
            row("POST", "/api/v1/imports", ids -> "api/v1/imports?format=ddd&name=matrix.csv",
                    ids -> new Body("text/csv", ("name_ko,type,source,source_id\n[IT] 매트릭스 " + nonce()
                            + ",SEWING,it-matrix," + nonce() + "\n").getBytes(StandardCharsets.UTF_8)),
                    expect(401, 403, 403, 403, 200)),
            row("POST", "/api/v1/admin/reindex", ids -> "api/v1/admin/reindex", expect(401, 403, 403, 403, 200)));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return DddDeployment.war();
    }

    @ArquillianResource
    URL base;

    private final Keycloak keycloak = new Keycloak();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Reply(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
    }

    @Test
    void everyEndpointHasARow() {
        Reply openApi = call("GET", "openapi", null, null, "application/json");
        assertThat(openApi.status()).isEqualTo(200);
        Set<String> served = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.json().get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (Set.of("get", "put", "post", "delete", "patch").contains(method)) {
                    served.add(method.toUpperCase(Locale.ROOT) + " " + normalise(path.getKey()));
                }
            });
        }
        Set<String> inTable = new TreeSet<>();
        MATRIX.forEach(r -> inTable.add(r.method() + " " + normalise(r.template())));
        assertThat(served).as("API endpoints (from /openapi) must each have a row in the matrix").isNotEmpty();
        assertThat(inTable).as("every endpoint needs a row in AuthorizationMatrixIT.MATRIX")
                .containsAll(served);
        assertThat(served).as("rows for endpoints that no longer exist").containsAll(inTable);
    }

    @Test
    void everyCallerGetsWhatTheTableSays() {
        Map<Who, String> tokens = new EnumMap<>(Who.class);
        tokens.put(Who.OTHER_ORG, keycloak.accessToken("designer@demo.example"));
        tokens.put(Who.MEMBER, keycloak.accessToken("wholesaler@demo.example"));
        tokens.put(Who.OWNER, keycloak.accessToken("supplier@demo.example"));
        tokens.put(Who.OPERATOR, keycloak.accessToken("operator@demo.example"));
        Ids ids = fixture(tokens);

        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Row row : MATRIX) {
            for (Who who : Who.values()) {
                String token = tokens.get(who);
                Body body = row.body() == null ? profileEdit(ids, tokens.get(Who.OPERATOR)) : row.body().apply(ids);
                Reply reply = call(row.method(), row.path().apply(ids), token, body, "*/*");
                int expected = row.expected().get(who);
                cells++;
                if (reply.status() != expected) {
                    wrong.add(String.format("%s %s as %s: expected %d, got %d %s", row.method(), row.template(), who,
                            expected, reply.status(), abbreviate(reply.body())));
                }
                if (reply.status() == 401 || reply.status() == 403) {
                    assertThat(reply.body()).as("refusals are problem+json").contains("\"status\":" + reply.status());
                }
            }
        }
        assertThat(wrong).as("cells that differ from the table (of %d)", cells).isEmpty();
    }

    @Test
    void aBodyThatIsNotJsonIsA400NamingTheBody() {
        Reply reply = call("POST", "api/v1/organisations", keycloak.accessToken("designer@demo.example"),
                Body.json("not json"), "application/json");
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().get("parameter").asText()).isEqualTo("body");
        assertThat(reply.json().get("detail").asText()).contains("JSON");
    }

    // ------------------------------------------------------------------ fixture, through the API itself

    private Ids fixture(Map<Who, String> tokens) {
        String brn = brn();
        String name = "[IT] 매트릭스 염색 " + nonce();
        String csv = "name_ko,type,brn,region,district,source,source_id\n" + name
                + ",DYEING_FINISHING," + brn + ",경기도,양주시,it-matrix," + nonce() + "\n";
        Reply imported = call("POST", "api/v1/imports?format=ddd&name=matrix-fixture.csv", tokens.get(Who.OPERATOR),
                new Body("text/csv", csv.getBytes(StandardCharsets.UTF_8)), "text/plain");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.body()).contains("created=1");
        long supplier = await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode hits = call("GET", "api/v1/suppliers?q=" + enc(name), null, null, "application/json").json()
                    .get("hits");
            return hits.isEmpty() ? null : hits.get(0).get("id").asLong();
        }, id -> id != null);

        Reply claim = call("POST", "api/v1/suppliers/" + supplier + "/claims?brn=" + enc(brn)
                        + "&fileName=" + enc("사업자등록증.pdf") + "&organisationName=" + enc(name),
                tokens.get(Who.OWNER), new Body("application/pdf", PDF), "application/json");
        assertThat(claim.status()).as(claim.body()).isEqualTo(201);
        long claimId = claim.json().get("id").asLong();
        long orgA = claim.json().get("organisationId").asLong();
        Reply approved = call("POST", "api/v1/claims/" + claimId + "/approve", tokens.get(Who.OPERATOR), null,
                "application/json");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asText()).isEqualTo("APPROVED");

        Reply orgB = call("POST", "api/v1/organisations", tokens.get(Who.OTHER_ORG),
                Body.json("{\"kind\":\"DESIGNER_BRAND\",\"name\":\"[IT] 매트릭스 디자인 " + nonce() + "\",\"brn\":\""
                        + brn() + "\"}"), "application/json");
        assertThat(orgB.status()).as(orgB.body()).isEqualTo(201);

        Reply invited = call("POST", "api/v1/organisations/" + orgA + "/invitations", tokens.get(Who.OWNER),
                Body.json("{\"email\":\"wholesaler@demo.example\",\"role\":\"MEMBER\"}"), "application/json");
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        String link = invited.json().get("link").asText();
        Reply accepted = call("POST", "api/v1" + link + "/accept", tokens.get(Who.MEMBER), null, "application/json");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        String memberSubject = call("GET", "api/v1/me", tokens.get(Who.MEMBER), null, "application/json").json()
                .get("subject").asText();
        return new Ids(supplier, orgA, orgB.json().get("id").asLong(), claimId, memberSubject);
    }

    /** The profile as it is now, with its current version: a save that only the access check can refuse. */
    private Body profileEdit(Ids ids, String operatorToken) {
        JsonNode detail = call("GET", "api/v1/suppliers/" + ids.supplier(), operatorToken, null, "application/json")
                .json();
        ObjectNode edit = JSON.createObjectNode();
        edit.put("version", detail.get("version").asLong());
        edit.put("nameKo", detail.get("nameKo").asText());
        edit.put("type", detail.get("type").get("code").asText());
        edit.put("brn", detail.get("brn").asText());
        edit.put("region", detail.get("region").asText());
        edit.put("district", detail.get("district").asText());
        edit.putArray("products").add("원단 염색 " + nonce());
        return Body.json(edit.toString());
    }

    // ------------------------------------------------------------------ helpers

    private Reply call(String method, String path, String token, Body body, String accept) {
        URI uri = URI.create((base.toString().endsWith("/") ? base.toString() : base + "/") + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Accept", accept).header("Accept-Language", "ko");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", body.contentType());
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        try {
            HttpResponse<String> reply = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(reply.statusCode(), reply.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** OpenAPI writes {id}; the table may use any name for a path parameter. */
    private static String normalise(String template) {
        return template.replaceAll("\\{[^}]+}", "{}").replaceAll("/+$", "");
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String nonce() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    /** A random business registration number with a valid check digit (the national weights 1,3,7,1,3,7,1,3,5). */
    static String brn() {
        int[] weights = {1, 3, 7, 1, 3, 7, 1, 3, 5};
        int[] d = new int[10];
        ThreadLocalRandom random = ThreadLocalRandom.current();
        d[0] = 1 + random.nextInt(9);
        for (int i = 1; i < 9; i++) {
            d[i] = random.nextInt(10);
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += d[i] * weights[i];
        }
        sum += (d[8] * 5) / 10;
        d[9] = (10 - sum % 10) % 10;
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            s.append(d[i]);
            if (i == 2 || i == 4) {
                s.append('-');
            }
        }
        return s.toString();
    }

    static {
        // the table must name each endpoint once
        Map<String, Row> seen = new LinkedHashMap<>();
        for (Row r : MATRIX) {
            if (seen.put(r.method() + " " + normalise(r.template()), r) != null) {
                throw new IllegalStateException("two rows for " + r.method() + " " + r.template());
            }
        }
    }
}
