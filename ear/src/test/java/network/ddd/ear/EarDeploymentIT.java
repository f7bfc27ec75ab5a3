package network.ddd.ear;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The EAR on full-profile Payara Server 6 (Jakarta EE 10), black-box: unpack the server from
 * {@code PAYARA_SERVER_ZIP}, create a fresh domain on its own port base (28000: admin 28048, HTTP 28080 — or the
 * next free hundred), start it with this JDK, deploy {@code target/ddd.ear}, then ask it over HTTP only — health,
 * one import and a search, the Korean page. The server reads DDD_DB_URL, DDD_DB_USER, DDD_DB_PASSWORD, DDD_ES_URL (and
 * DDD_ES_ALIAS) from the environment it inherits, as it would in production, and DDD_OIDC_ISSUER (with
 * DDD_OIDC_CLIENT_SECRET): the realm whose tokens its API accepts. The import is for the realm role operator only:
 * it carries the demo operator's token from that realm (password grant of client ddd-cli, password
 * DDD_DEMO_PASSWORD). {@code ./ddd test} sets them all.
 */
class EarDeploymentIT {
    private static final String DOMAIN = "ddd-it";
    private static final int PORT_BASE = portBase();
    private static final Duration READY_WITHIN = Duration.ofMinutes(2);
    private static final Duration INDEXED_WITHIN = Duration.ofMinutes(1);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A word no other test uses, so the imported row is found by itself; re-runs leave it unchanged. */
    private static final String TAG = "zqearit";
    private static final String SUPPLIER = TAG + " 배포 시험 염색 공방";
    private static final String OPERATOR = "operator@demo.example";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, Duration> TIMINGS = new LinkedHashMap<>();
    private static PayaraServer server;

    @BeforeAll
    static void deployTheEar() throws Exception {
        // else the app falls back to the developer's own database and Keycloak
        requireEnvironment("DDD_DB_URL", "DDD_ES_URL", "DDD_OIDC_ISSUER", "DDD_DEMO_PASSWORD");
        Path ear = Path.of(System.getProperty("ddd.ear", "target/ddd.ear"));
        Path dir = Path.of(System.getProperty("ddd.payaraServer.dir", "target/payara-server"));
        String zip = System.getenv("PAYARA_SERVER_ZIP");
        assertThat(ear).as("the EAR, built by mvn package").isRegularFile();
        say("Payara Server from " + (zip == null ? dir : zip) + ", domain " + DOMAIN + ", port base " + PORT_BASE
                + ", JDK " + Runtime.version() + " at " + System.getProperty("java.home"));
        server = step("unpack Payara Server",
                () -> PayaraServer.unpack(zip == null ? null : Path.of(zip), dir, DOMAIN, PORT_BASE));
        step("create-domain " + DOMAIN, () -> server.createDomain());
        step("start-domain " + DOMAIN, () -> server.startDomain());
        step("deploy " + ear.getFileName(), () -> server.deploy(ear, "ddd"));
        say("deployed: http://127.0.0.1:" + server.httpPort() + "/  (admin port " + server.adminPort() + ")");
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            step("stop-domain " + DOMAIN, () -> server.stopDomain());
        }
        if (!TIMINGS.isEmpty()) {
            StringBuilder summary = new StringBuilder("timings:");
            TIMINGS.forEach((name, took) -> summary.append(String.format(" %s %.1f s;", name, took.toMillis() / 1e3)));
            say(summary.toString());
        }
    }

    @Test
    void theDeployedEarIsReadyAnswersASearchAndShowsTheKoreanPage() {
        step("GET /health/ready", () -> {
            Reply ready = waitForReady();
            assertThat(ready.status()).as(ready.body()).isEqualTo(200);
            assertThat(ready.json().path("status").asText()).isEqualTo("UP");
            assertThat(ready.json().path("checks").findValuesAsText("name")).contains("database");
        });

        step("GET /api/v1/suppliers?q=염색", () -> {
            Reply search = get("/api/v1/suppliers?q=" + URLEncoder.encode("염색", StandardCharsets.UTF_8));
            assertThat(search.status()).as(search.body()).isEqualTo(200);
            assertThat(search.contentType()).startsWith("application/json");
            JsonNode json = search.json();
            assertThat(json.path("total").isIntegralNumber()).as(search.body()).isTrue();
            assertThat(json.path("hits").isArray()).as(search.body()).isTrue();
            assertThat(json.path("facets").isObject()).as(search.body()).isTrue();
        });

        String alias = System.getenv("DDD_ES_ALIAS");
        if (alias != null && !alias.isBlank()) {
            step("the server took its search alias from DDD_ES_ALIAS=" + alias, () -> {
                Reply aliases = send(HttpRequest.newBuilder(
                        URI.create(System.getenv("DDD_ES_URL").replaceAll("/+$", "") + "/_alias/" + alias)).GET());
                assertThat(aliases.status()).as(aliases.body()).isEqualTo(200);
            });
        }

        step("GET / (Korean page)", () -> {
            Reply page = get("/");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.contentType()).startsWith("text/html");
            assertThat(page.body()).contains("공급처 검색");
        });
    }

    @Test
    void anImportedSupplierIsStoredIndexedAndFound() {
        step("POST /api/v1/imports (one dyeing supplier)", () -> {
            String csv = "name_ko,type,products,source,source_id\n" + SUPPLIER + ",DYEING_FINISHING,염색|후가공,ear-it,1\n";
            Reply reply = send(HttpRequest.newBuilder(url("/api/v1/imports?format=ddd&name=ear-it.csv"))
                    .header("Authorization", "Bearer " + operatorToken())
                    .header("Content-Type", "text/csv; charset=UTF-8")
                    .timeout(Duration.ofMinutes(2))
                    .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            assertThat(reply.body()).as(reply.body()).contains("RESULT ").contains("read=1").contains("rejected=0");
        });

        step("GET /api/v1/suppliers?q=" + TAG + " (indexed through the outbox)", () -> {
            JsonNode found = searchUntilFound(TAG);
            assertThat(found.path("hits").findValuesAsText("nameKo")).containsExactly(SUPPLIER);
        });

        step("GET /api/v1/suppliers?q=염색 finds it too", () -> {
            JsonNode dyeing = get("/api/v1/suppliers?q=" + URLEncoder.encode("염색", StandardCharsets.UTF_8)).json();
            assertThat(dyeing.path("total").asLong()).isPositive();
        });
    }

    // ------------------------------------------------------------------ HTTP

    record Reply(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
    }

    private static URI url(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.httpPort() + pathAndQuery);
    }

    /** A GET as a Korean browser sends it. */
    private static Reply get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(url(pathAndQuery)).header("Accept-Language", "ko-KR,ko;q=0.9").GET());
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The demo operator's access token from the test realm (DDD_OIDC_ISSUER), with the password grant of ddd-cli. */
    private static String operatorToken() {
        String issuer = System.getenv("DDD_OIDC_ISSUER").strip().replaceAll("/+$", "");
        String form = "grant_type=password&client_id=ddd-cli&username=" + URLEncoder.encode(OPERATOR, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(System.getenv("DDD_DEMO_PASSWORD"), StandardCharsets.UTF_8);
        Reply reply = send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(reply.status()).as("sign-in of %s at %s: %s", OPERATOR, issuer, reply.body()).isEqualTo(200);
        return reply.json().path("access_token").asText();
    }

    /** Polls until /health/ready answers 200 or the time is up; returns the last answer either way. */
    private static Reply waitForReady() throws InterruptedException {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        Reply last = new Reply(0, "", "no answer yet");
        while (System.nanoTime() < deadline) {
            try {
                last = get("/health/ready");
                if (last.status() == 200) {
                    return last;
                }
            } catch (UncheckedIOException notListening) {
                last = new Reply(0, "", String.valueOf(notListening.getCause()));
            }
            Thread.sleep(1000);
        }
        return last;
    }

    /** Polls the search until it finds {@code query} or the time is up; returns the last answer's JSON. */
    private static JsonNode searchUntilFound(String query) throws InterruptedException {
        long deadline = System.nanoTime() + INDEXED_WITHIN.toNanos();
        Reply last;
        do {
            last = get("/api/v1/suppliers?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            if (last.status() == 200 && last.json().path("total").asLong() > 0) {
                return last.json();
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        assertThat(last.status()).as(last.body()).isEqualTo(200);
        return last.json();
    }

    // ------------------------------------------------------------------ steps and output

    private interface Action {
        void run() throws Exception;
    }

    private static void step(String name, Action action) {
        step(name, () -> {
            action.run();
            return null;
        });
    }

    /** Runs one labelled step, times it, and on failure prints the server log's tail before rethrowing. */
    private static <T> T step(String name, Callable<T> action) {
        say(">> " + name);
        long start = System.nanoTime();
        try {
            T result = action.call();
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            TIMINGS.put(name, took);
            say(String.format("OK %s (%.1f s)", name, took.toMillis() / 1000.0));
            return result;
        } catch (Throwable failure) {
            double seconds = (System.nanoTime() - start) / 1e9;
            say(String.format("FAILED %s after %.1f s: %s", name, seconds, failure.getMessage()));
            if (server != null) {
                say("last lines of " + server.serverLog() + ":" + System.lineSeparator() + server.logTail(120));
            }
            if (failure instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(name + " failed", failure);
        }
    }

    /** -Dddd.ear.portBase=N fixes it; else the first free of 28000, 28100, … (another checkout may be testing). */
    private static int portBase() {
        Integer fixed = Integer.getInteger("ddd.ear.portBase");
        return fixed != null ? fixed : PayaraServer.firstFreePortBase(28000);
    }

    private static void requireEnvironment(String... names) {
        for (String name : names) {
            String value = System.getenv(name);
            if (value == null || value.isBlank()) {
                throw new IllegalStateException(name + " is not set: run ./ddd test, or set DDD_DB_URL, DDD_DB_USER, "
                        + "DDD_DB_PASSWORD, DDD_ES_URL, DDD_OIDC_ISSUER, DDD_OIDC_CLIENT_SECRET, DDD_DEMO_PASSWORD and "
                        + "PAYARA_SERVER_ZIP for a database, search server and Keycloak realm of the test's own");
            }
        }
    }

    private static void say(String line) {
        System.out.println("[ear-it] " + line);
    }
}
