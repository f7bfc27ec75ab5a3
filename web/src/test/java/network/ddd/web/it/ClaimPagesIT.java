package network.ddd.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Claim and approval in headless Chromium on a phone, in Korean, against the real Keycloak: a supplier signs in,
 * claims an imported profile with a PDF; the operator signs in, sees the claim (registration number matched,
 * the evidence downloadable with the page session), approves it; the profile then names the firm as its verified
 * owner, and an edit over a version saved meanwhile is refused with a readable message.
 */
@ExtendWith(ArquillianExtension.class)
class ClaimPagesIT {
    static final String SUPPLIER = "supplier@demo.example";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return DddDeployment.war();
    }

    @ArquillianResource
    URL base;

    @RegisterExtension
    final Browser browser = new Browser();

    final Keycloak keycloak = new Keycloak();

    @BeforeEach
    void letKeycloakReturnToThisPort() throws Exception {
        keycloak.allowRedirectsTo(base.toURI());
    }

    @Test
    void aSupplierClaimsAnImportedProfileAndTheOperatorApprovesIt() throws IOException {
        Api api = new Api(base);
        String brn = AuthorizationMatrixIT.brn();
        String nonce = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        String name = "[IT] 소유신청염색 " + nonce;
        // not in 대구: DirectoryIT and ApiIT count Daegu's dye houses exactly
        String csv = "name_ko,type,brn,region,district,source,source_id\n" + name + ",DYEING_FINISHING," + brn
                + ",경기도,양주시,it-claim-pages," + nonce + "\n";
        Api.ImportReply imported = api.importBytes(csv.getBytes(StandardCharsets.UTF_8), "ddd", "claim-pages.csv");
        assertThat(imported.count("created")).as(imported.text()).isEqualTo(1);
        long supplierId = await().atMost(Duration.ofSeconds(60)).until(() -> {
            for (var hit : api.get("api/v1/suppliers?q=" + Api.q(name)).json().get("hits")) {
                if (name.equals(hit.path("nameKo").asText())) {
                    return hit.get("id").asLong();
                }
            }
            return null;
        }, id -> id != null);
        Path evidence = Files.createTempFile("사업자등록증-", ".pdf");
        Files.write(evidence, PDF);

        // the supplier: the profile has no owner; sign in from it and come back to it
        WebDriver page = browser.open("ko");
        page.get(base + "supplier.xhtml?id=" + supplierId);
        assertThat(page.findElement(By.id("owner-none")).getText()).isEqualTo("아직 소유 업체가 없습니다");
        assertThat(page.findElements(By.id("claim-link"))).as("no claim link before signing in").isEmpty();
        page.findElement(By.id("sign-in")).click();
        browser.signInAtKeycloak(SUPPLIER);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("claim-link")));
        assertThat(page.getCurrentUrl()).contains("supplier.xhtml?id=" + supplierId);
        assertThat(page.findElement(By.id("nav-my-firm")).getText()).isEqualTo("내 업체");
        assertThat(page.findElements(By.id("nav-claims"))).as("only the operator reviews claims").isEmpty();
        assertThat(page.findElement(By.id("claim-link")).getText()).isEqualTo("이 업체의 대표이신가요? 소유 신청");

        page.findElement(By.id("claim-link")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("claim-form")));
        assertThat(page.findElement(By.id("claim-supplier")).getText()).isEqualTo(name);
        assertThat(page.findElement(By.id("claim-form:firm")).getAttribute("value")).as("the profile's name")
                .isEqualTo(name);
        page.findElement(By.id("claim-form:brn")).sendKeys(brn);
        page.findElement(By.cssSelector("#claim-form input[type=file]")).sendKeys(evidence.toString());
        page.findElement(By.id("claim-form:claim-submit")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("claim-done")));
        assertThat(page.findElement(By.id("claim-done")).getText())
                .isEqualTo("신청이 접수되었습니다 — 운영자가 확인 후 알려 드립니다");

        // a supplier is no operator: the queue refuses, readably
        page.get(base + "admin/claims.xhtml");
        assertThat(page.findElement(By.id("refusal-message")).getText()).isEqualTo("이 작업을 할 권한이 없습니다.");
        assertThat(page.getPageSource()).doesNotContain("Exception");
        browser.close();

        // the operator, in a fresh browser: the queue asks to sign in and comes back to it
        page = browser.open("ko");
        page.get(base + "admin/claims.xhtml");
        assertThat(page.findElement(By.id("refusal-message")).getText()).isEqualTo("로그인이 필요합니다.");
        page.findElement(By.id("refusal-sign-in")).click();
        browser.signInAtKeycloak(Api.OPERATOR);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("claim-list")));
        assertThat(page.findElement(By.id("nav-claims")).getText()).isEqualTo("소유 신청 심사");
        WebElement claim = claimFor(page, name);
        assertThat(claim.findElement(By.cssSelector(".claim-brn")).getText()).startsWith(brn);
        assertThat(claim.findElement(By.cssSelector(".claim-match")).getText()).isEqualTo("프로필 번호와 일치");

        // the evidence, downloaded with the operator's page session (no bearer token)
        String evidenceUrl = claim.findElement(By.cssSelector("a.claim-evidence")).getAttribute("href");
        String session = page.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> download = download(evidenceUrl, session);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download(evidenceUrl, null).statusCode()).as("not without a session").isNotEqualTo(200);
        HttpResponse<byte[]> queue = download(base + "admin/claims.xhtml", session);
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.headers().firstValue("Cache-Control")).as("a signed-in page is never stored")
                .contains("no-store");

        claim.findElement(By.cssSelector("input.approve")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "승인했습니다"));
        assertThat(page.findElements(By.cssSelector("li.claim .claim-supplier"))).extracting(WebElement::getText)
                .doesNotContain(name);

        // the profile now names the firm as its verified owner
        page.get(base + "supplier.xhtml?id=" + supplierId);
        assertThat(page.findElement(By.id("owner-name")).getText()).isEqualTo(name);
        assertThat(page.findElement(By.id("owner-badge")).getText()).isEqualTo("인증됨");
        assertThat(page.findElements(By.id("claim-link"))).as("owned now: nothing to claim").isEmpty();
        assertThat(page.findElements(By.id("edit-link"))).as("the operator may edit").hasSize(1);

        // editing: a save, then a save over a version someone else saved meanwhile is refused, readably
        page.findElement(By.id("edit-link")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("edit-form")));
        WebElement processes = page.findElement(By.id("edit-form:processes"));
        processes.clear();
        processes.sendKeys("침염, 날염");
        page.findElement(By.id("edit-form:save")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "저장했습니다"));
        assertThat(page.findElement(By.id("edit-form:processes")).getAttribute("value")).isEqualTo("침염, 날염");

        saveMeanwhileThroughTheApi(api, supplierId, name);
        page.findElement(By.id("edit-form:moq")).sendKeys("100");
        page.findElement(By.id("edit-form:save")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "편집하는 동안 다른 사람이 이 프로필을 저장했습니다"));
        page.get(base + "supplier.xhtml?id=" + supplierId);
        assertThat(page.findElement(By.id("profile-products")).getText()).as("the other save stands")
                .isEqualTo("API 원단");
    }

    /** Another editor saves the profile (as the operator, through the API) while the page's form is open. */
    private static void saveMeanwhileThroughTheApi(Api api, long supplierId, String name) {
        var detail = api.get("api/v1/suppliers/" + supplierId).json();
        String body = "{\"version\":" + detail.get("version").asLong() + ",\"nameKo\":\"" + name
                + "\",\"type\":\"DYEING_FINISHING\",\"brn\":\"" + detail.get("brn").asText()
                + "\",\"region\":\"경기도\",\"district\":\"양주시\",\"products\":[\"API 원단\"]}";
        var request = HttpRequest.newBuilder(URI.create(api.base() + "api/v1/suppliers/" + supplierId))
                .header("Authorization", "Bearer " + Api.operatorToken())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> reply = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static WebElement claimFor(WebDriver page, String supplierName) {
        return page.findElements(By.cssSelector("li.claim")).stream()
                .filter(li -> li.findElement(By.cssSelector(".claim-supplier")).getText().equals(supplierName))
                .findFirst().orElseThrow(() -> new AssertionError(supplierName + " not in the queue"));
    }

    private static HttpResponse<byte[]> download(String url, String cookies) {
        var request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (cookies != null && !cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
