package network.ddd.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
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
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Each demo user that {@code ./ddd up} prints signs in through the real Keycloak login form in headless Chromium
 * (phone size, Korean) and sees what their role allows: their name; a firm's contact details (hidden from
 * anonymous visitors, not even in the page source); the operator's review queue only for the operator. Sign-out
 * makes the browser anonymous again; every page sign-in is in the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
class SignInPagesIT {
    /** A demo user of deploy/keycloak/ddd-realm.json: user name, name as the header shows it, operator or not. */
    record DemoUser(String username, String shownName, boolean operator) {
    }

    static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("designer@demo.example", "김지수", false),
            new DemoUser("wholesaler@demo.example", "이민준", false),
            new DemoUser("supplier@demo.example", "박영호", false),
            new DemoUser(Api.OPERATOR, "최서연", true));

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
    void eachDemoUserSignsInAndSeesWhatTheirRoleAllows() {
        Api api = new Api(base);
        long supplierId = aSupplierWithContactDetails(api);
        List<String> subjects = new ArrayList<>();

        for (DemoUser user : DEMO_USERS) {
            WebDriver page = browser.open("ko");
            page.get(base + "supplier.xhtml?id=" + supplierId);
            assertThat(page.findElement(By.id("contact-hidden")).getText())
                    .startsWith("로그인하면 이 업체의 연락처를 볼 수 있습니다.");
            assertThat(page.getPageSource()).as("no contact detail in an anonymous page")
                    .doesNotContain("053-555-0199").doesNotContain("sales@");

            page.findElement(By.id("contact-sign-in")).click();
            browser.signInAtKeycloak(user.username());
            assertThat(page.getCurrentUrl()).as("back on the page that asked").contains("supplier.xhtml?id=" + supplierId);
            assertThat(page.findElement(By.id("user-name")).getText()).isEqualTo(user.shownName());
            assertThat(page.findElement(By.id("contact-person")).getText()).isEqualTo("김영희 실장");
            assertThat(page.findElement(By.id("contact-phone")).getText()).isEqualTo("053-555-0199");
            assertThat(page.findElement(By.id("contact-phone")).getAttribute("href")).isEqualTo("tel:0535550199");
            assertThat(page.findElements(By.id("nav-claims"))).as(user + " sees the review queue link")
                    .hasSize(user.operator() ? 1 : 0);
            assertThat(page.findElements(By.id("nav-audit"))).hasSize(user.operator() ? 1 : 0);

            page.get(base + "admin/claims.xhtml");
            if (user.operator()) {
                assertThat(page.findElements(By.id("refusal-message"))).isEmpty();
                assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("소유 신청 심사");
            } else {
                assertThat(page.findElement(By.id("refusal-message")).getText())
                        .isEqualTo("이 작업을 할 권한이 없습니다.");
            }

            page.get(base + "admin/audit.xhtml");
            if (user.operator()) {
                assertThat(page.findElements(By.cssSelector("li.audit-line")))
                        .as("the operator reads their own sign-in, by name, in the audit log")
                        .anySatisfy(line -> {
                            assertThat(line.findElement(By.cssSelector(".audit-action")).getText()).isEqualTo("로그인");
                            assertThat(line.findElement(By.cssSelector(".audit-who")).getText())
                                    .isEqualTo("최서연 · " + Api.OPERATOR);
                        });
            } else {
                assertThat(page.findElement(By.id("refusal-message")).getText())
                        .isEqualTo("이 작업을 할 권한이 없습니다.");
                assertThat(page.findElements(By.id("audit-list"))).isEmpty();
            }

            page.findElement(By.id("sign-out")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
            page.get(base + "supplier.xhtml?id=" + supplierId);
            assertThat(page.findElements(By.id("user-name"))).as("signed out").isEmpty();
            assertThat(page.findElements(By.id("contact-hidden"))).hasSize(1);
            browser.close();

            subjects.add(api.me(keycloak.accessToken(user.username())).get("subject").asText());
        }

        JsonNode entries = api.getAsOperator("api/v1/admin/audit?size=200").json().get("entries");
        for (String subject : subjects) {
            assertThat(entries).as("a page sign-in of " + subject + " is in the audit trail")
                    .anySatisfy(e -> {
                        assertThat(e.get("action").asText()).isEqualTo("SIGN_IN");
                        assertThat(e.get("actorSubject").asText()).isEqualTo(subject);
                        assertThat(e.get("details").asText()).startsWith("pages from ");
                    });
        }
    }

    /** Without JavaScript the pages still sign in and save (the forms carry the page's script nonce themselves). */
    @Test
    void withoutJavaScriptTheOperatorSignsInAndSavesAProfile() {
        long supplierId = aSupplierWithContactDetails(new Api(base));
        WebDriver page = browser.openWithoutJavaScript("ko");
        page.get(base + "edit.xhtml?id=" + supplierId);
        page.findElement(By.id("refusal-sign-in")).click();
        browser.signInAtKeycloak(Api.OPERATOR);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("edit-form")));
        page.findElement(By.id("edit-form:contact-person")).clear();
        page.findElement(By.id("edit-form:contact-person")).sendKeys("이순자 과장");

        page.findElement(By.id("edit-form:save")).click();

        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "저장했습니다"));
        page.get(base + "supplier.xhtml?id=" + supplierId);
        assertThat(page.findElement(By.id("contact-person")).getText()).isEqualTo("이순자 과장");
    }

    /** Anonymous callers of the API get no contact details either. */
    @Test
    void theContactApiAsksForSignIn() {
        Api api = new Api(base);
        long supplierId = aSupplierWithContactDetails(api);

        Api.Reply anonymous = api.get("api/v1/suppliers/" + supplierId + "/contact");
        Api.Reply signedIn = api.getAsOperator("api/v1/suppliers/" + supplierId + "/contact");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.body()).doesNotContain("053-555-0199");
        assertThat(api.get("api/v1/suppliers/" + supplierId).body()).doesNotContain("053-555-0199");
        assertThat(signedIn.json().get("phone").asText()).isEqualTo("053-555-0199");
        assertThat(signedIn.json().get("website").asText()).isEqualTo("https://jade-dye.example.co.kr");
    }

    /** An imported profile whose contact details the operator set through {@code PUT}. */
    private static long aSupplierWithContactDetails(Api api) {
        String nonce = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        String name = "[IT] 연락처봉제 " + nonce; // not 염색 in 대구: DirectoryIT counts those
        String csv = "name_ko,type,region,district,source,source_id\n" + name + ",SEWING,서울특별시,종로구,"
                + "it-contact," + nonce + "\n";
        Api.ImportReply imported = api.importBytes(csv.getBytes(StandardCharsets.UTF_8), "ddd", "contact.csv");
        assertThat(imported.count("created")).as(imported.text()).isEqualTo(1);
        long id = await().atMost(Duration.ofSeconds(60)).until(() -> {
            for (JsonNode hit : api.get("api/v1/suppliers?q=" + Api.q(name)).json().get("hits")) {
                if (name.equals(hit.path("nameKo").asText())) {
                    return hit.get("id").asLong();
                }
            }
            return null;
        }, Objects::nonNull);
        long version = api.get("api/v1/suppliers/" + id).json().get("version").asLong();
        Api.Reply saved = api.putAsOperator("api/v1/suppliers/" + id, "{\"version\":" + version + ",\"nameKo\":\""
                + name + "\",\"type\":\"SEWING\",\"region\":\"서울특별시\",\"district\":\"종로구\","
                + "\"contact\":{\"person\":\"김영희 실장\",\"phone\":\"053-555-0199\","
                + "\"email\":\"Sales@Jade-Dye.example.co.kr\",\"website\":\"jade-dye.example.co.kr\"}}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        return id;
    }
}
