package network.ddd.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The web module's security basics, from outside: the security headers on a page, an API answer, the 404 page and
 * a static resource; one Content-Security-Policy whose scripts need PrimeFaces' nonce, enforced by Chromium; the
 * session cookie's attributes; and the rate limit on sign-in and firm registration (429 with Retry-After,
 * problem+json for the API), while search stays unlimited. The limits checked are the shipped defaults (each test
 * class runs its own app instance, so other tests' calls do not count here).
 */
@ExtendWith(ArquillianExtension.class)
class WebSecurityIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return DddDeployment.war();
    }

    @ArquillianResource
    URL base;

    @RegisterExtension
    final Browser browser = new Browser();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void pagesApiErrorPagesAndResourcesCarryTheSecurityHeaders() {
        HttpResponse<String> page = get("?lang=ko", Map.of());
        assertThat(page.statusCode()).isEqualTo(200);
        assertCommonHeaders(page, "strict-origin-when-cross-origin");
        String policy = onePolicy(page);
        assertThat(policy).contains("default-src 'self'", "object-src 'none'", "base-uri 'self'",
                "frame-ancestors 'none'", "form-action 'self'", "img-src 'self' data:");
        String scripts = directive(policy, "script-src");
        assertThat(scripts).as("scripts: own origin and PrimeFaces' nonce, nothing inline or evaluated")
                .startsWith("script-src 'self' 'nonce-").doesNotContain("unsafe-inline", "unsafe-eval");
        Matcher nonce = NONCE.matcher(scripts);
        assertThat(nonce.find()).isTrue();
        assertThat(page.body()).as("the page's scripts carry the header's nonce")
                .contains("nonce=\"" + nonce.group(1) + "\"");
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).as("a public page for nobody signed in")
                .doesNotContain("no-store");
        assertThat(directive(onePolicy(get("?lang=ko", Map.of())), "script-src")).as("a fresh nonce per page")
                .isNotEqualTo(scripts);

        HttpResponse<String> api = get("api/v1/suppliers?q=" + Api.q("염색"), Map.of("Accept", "application/json"));
        assertThat(api.statusCode()).isEqualTo(200);
        assertCommonHeaders(api, "strict-origin-when-cross-origin");
        assertThat(directive(onePolicy(api), "script-src")).isEqualTo("script-src 'self'");
        assertThat(api.headers().firstValue("Cache-Control").orElse("")).as("public search answers may be cached")
                .doesNotContain("no-store");

        HttpResponse<String> me = get("api/v1/me", Map.of("Authorization",
                "Bearer " + new Keycloak().accessToken("designer@demo.example")));
        assertThat(me.statusCode()).isEqualTo(200);
        assertCommonHeaders(me, "strict-origin-when-cross-origin");
        assertThat(me.headers().firstValue("Cache-Control")).as("personal data is never stored").contains("no-store");

        HttpResponse<String> missing = get("no-such-page.xhtml", Map.of("Accept-Language", "en"));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertCommonHeaders(missing, "strict-origin-when-cross-origin");
        assertThat(missing.body()).contains("does not exist").doesNotContain("Exception", "at network.");
        HttpResponse<String> missingPath = get("no/such/thing", Map.of());
        assertThat(missingPath.statusCode()).isEqualTo(404);
        assertCommonHeaders(missingPath, "strict-origin-when-cross-origin");

        Matcher css = Pattern.compile("href=\"([^\"]*ddd\\.css[^\"]*)\"").matcher(page.body());
        assertThat(css.find()).as("the page links its stylesheet").isTrue();
        HttpResponse<String> stylesheet = get(css.group(1).replace("&amp;", "&").replaceFirst("^/", ""), Map.of());
        assertThat(stylesheet.statusCode()).isEqualTo(200);
        assertCommonHeaders(stylesheet, "strict-origin-when-cross-origin");
        HttpResponse<String> script = get("jakarta.faces.resource/js/ddd.js.xhtml", Map.of());
        assertThat(script.statusCode()).isEqualTo(200);
        assertCommonHeaders(script, "strict-origin-when-cross-origin");

        HttpResponse<String> invitation = get("invitation.xhtml?token=secret-token", Map.of());
        assertThat(invitation.statusCode()).isEqualTo(200);
        assertCommonHeaders(invitation, "no-referrer");
        assertThat(invitation.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        HttpResponse<String> signIn = get("signin?return=" + Api.q("/"), Map.of());
        assertThat(signIn.statusCode()).as("off to Keycloak").isEqualTo(302);
        assertCommonHeaders(signIn, "strict-origin-when-cross-origin");
        assertThat(signIn.headers().firstValue("Cache-Control")).contains("no-store");
        String session = signIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + signIn.headers().map()));
        List<String> attributes = List.of(session.toLowerCase().split("\\s*;\\s*"));
        assertThat(attributes).contains("httponly", "samesite=lax");
        assertThat(attributes).as("plain http and DDD_SECURE_COOKIES unset: not Secure").doesNotContain("secure");
    }

    @Test
    void signInAndRegistrationAreLimitedPerClientSearchIsNot() throws IOException {
        // sign-in: 20 a minute at once (10 sign-ins); a forged X-Forwarded-For does not make a new client
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> limited = null;
        for (int i = 0; i < 25 && limited == null; i++) {
            HttpResponse<String> reply = get("signin", Map.of("X-Forwarded-For", "203.0.113." + i));
            statuses.add(reply.statusCode());
            if (reply.statusCode() == 429) {
                limited = reply;
            }
        }
        assertThat(limited).as("statuses before a 429: %s", statuses).isNotNull();
        assertThat(statuses).hasSizeBetween(20, 21); // another test may have taken one sign-in token
        assertThat(statuses.subList(0, statuses.size() - 1)).containsOnly(302);
        assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(limited.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(limited.body()).contains("요청이 너무 많습니다", "초 뒤에 다시 시도해 주세요")
                .doesNotContain("Exception");
        assertCommonHeaders(limited, "strict-origin-when-cross-origin");
        HttpResponse<String> english = get("signin", Map.of("Accept-Language", "en"));
        assertThat(english.statusCode()).isEqualTo(429);
        assertThat(english.body()).contains("Too many requests", "Please try again in");

        // firm registration through the API: 10 a minute; anonymous calls count too (they are refused with 401)
        statuses.clear();
        HttpResponse<String> problem = null;
        for (int i = 0; i < 15 && problem == null; i++) {
            HttpResponse<String> reply = post("api/v1/organisations", "{\"kind\":\"DESIGNER_BRAND\",\"name\":"
                    + "\"[IT] 제한 " + i + "\",\"brn\":\"" + AuthorizationMatrixIT.brn() + "\"}");
            statuses.add(reply.statusCode());
            if (reply.statusCode() == 429) {
                problem = reply;
            }
        }
        assertThat(problem).as("statuses before a 429: %s", statuses).isNotNull();
        assertThat(statuses).hasSize(11);
        assertThat(statuses.subList(0, 10)).containsOnly(401);
        assertThat(problem.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(Long.parseLong(problem.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        JsonNode body = JSON.readTree(problem.body());
        assertThat(body.get("status").asInt()).isEqualTo(429);
        assertThat(body.get("title").asText()).isEqualTo("Too many requests");
        assertThat(body.get("detail").asText()).startsWith("Too many requests in a short time");
        assertThat(body.get("instance").asText()).isEqualTo("/api/v1/organisations");

        // searching is never limited: pages and API, many times over from the same client
        for (int i = 0; i < 40; i++) {
            assertThat(get("api/v1/suppliers/suggest?q=" + Api.q("염"), Map.of()).statusCode()).isEqualTo(200);
        }
        for (int i = 0; i < 25; i++) {
            assertThat(get("?q=" + Api.q("염색"), Map.of()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void chromiumEnforcesThePolicy() {
        WebDriver page = browser.open("ko");
        page.get(base + "?lang=ko");
        assertThat(page.findElement(By.id("q")).isDisplayed()).isTrue();
        assertThat(browser.takeCspViolations()).as("the page itself breaks no rule").isEmpty();

        // a script smuggled into the page (what an injection would do) does not run, and Chromium says why
        Object ran = ((JavascriptExecutor) page).executeScript(
                "var s = document.createElement('script'); s.textContent = 'window.injected = true;';"
                        + " document.body.appendChild(s); return window.injected === true;");
        assertThat(ran).isEqualTo(Boolean.FALSE);
        assertThat(browser.takeCspViolations()).as("the refusal is reported").isNotEmpty();
    }

    private static void assertCommonHeaders(HttpResponse<String> reply, String referrerPolicy) {
        assertThat(reply.headers().allValues("Content-Security-Policy")).as("one policy").hasSize(1);
        assertThat(reply.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(reply.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(reply.headers().firstValue("Referrer-Policy")).contains(referrerPolicy);
        String policy = reply.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("frame-ancestors 'none'", "object-src 'none'");
    }

    private static String onePolicy(HttpResponse<String> reply) {
        List<String> policies = reply.headers().allValues("Content-Security-Policy");
        assertThat(policies).as("browsers enforce every CSP header: there must be one").hasSize(1);
        return policies.get(0);
    }

    private static String directive(String policy, String name) {
        for (String d : policy.split(";")) {
            if (d.strip().startsWith(name + " ")) {
                return d.strip();
            }
        }
        throw new AssertionError("no " + name + " in " + policy);
    }

    private HttpResponse<String> get(String pathAndQuery, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(uri(pathAndQuery)).GET();
        headers.forEach(request::header);
        return send(request);
    }

    private HttpResponse<String> post(String pathAndQuery, String json) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private URI uri(String pathAndQuery) {
        return URI.create((base.toString().endsWith("/") ? base.toString() : base + "/") + pathAndQuery);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
