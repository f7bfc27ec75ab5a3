package network.ddd.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Organisations in headless Chromium on a phone, in Korean, against the real Keycloak: a new user registers a firm
 * that is not in the directory and asks for verification; the operator refuses a rejection without a reason and
 * verifies it; an owner invites a member by link, makes them an owner, removes them, and cannot leave as the last
 * owner. Every user is new (created in the test realm), so nothing depends on the other tests' data.
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationPagesIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return DddDeployment.war();
    }

    @ArquillianResource
    URL base;

    @RegisterExtension
    final Browser browser = new Browser();

    final Keycloak keycloak = new Keycloak();

    final String nonce = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);

    @BeforeEach
    void letKeycloakReturnToThisPort() throws Exception {
        keycloak.allowRedirectsTo(base.toURI());
    }

    @Test
    void aNewFirmRegistersAsksForVerificationAndTheOperatorVerifiesIt() {
        String owner = "it-register-" + nonce + "@test.example";
        keycloak.createUser(owner, "영자", "박");
        String name = "[IT] 새봉제 " + nonce;
        String brn = AuthorizationMatrixIT.brn();
        String listedName = "[IT] 등록된염색 " + nonce;
        String listedBrn = AuthorizationMatrixIT.brn();
        Api.ImportReply imported = new Api(base).importBytes(("name_ko,type,brn,region,district,source,source_id\n"
                + listedName + ",DYEING_FINISHING," + listedBrn + ",경기도,양주시,it-org-pages," + nonce + "\n")
                .getBytes(StandardCharsets.UTF_8), "ddd", "org-pages.csv");
        assertThat(imported.count("created")).as(imported.text()).isEqualTo(1);

        // not signed in: the page asks to, and comes back after Keycloak
        WebDriver page = browser.open("ko");
        page.get(base + "register.xhtml");
        assertThat(page.findElement(By.id("refusal-message")).getText()).isEqualTo("로그인이 필요합니다.");
        page.findElement(By.id("refusal-sign-in")).click();
        browser.signInAtKeycloak(owner);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("kinds")));
        assertThat(page.findElement(By.id("register")).findElement(By.tagName("h1")).getText()).isEqualTo("내 업체 등록");

        page.findElement(By.id("kind-SUPPLIER")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("register-form")));
        assertThat(page.findElement(By.id("chosen-kind")).getText()).startsWith("공급처 (공장·작업장)");
        page.findElement(By.id("register-form:name")).sendKeys(name);
        new Select(page.findElement(By.id("register-form:type"))).selectByVisibleText("봉제 공장");
        page.findElement(By.id("register-form:products")).sendKeys("블라우스, 원피스");
        page.findElement(By.id("register-form:region")).sendKeys("서울특별시");
        page.findElement(By.id("register-form:district")).sendKeys("종로구");
        page.findElement(By.id("register-form:road")).sendKeys("서울특별시 종로구 창신길 1");

        // a mistyped number: the check digit is wrong, said next to the field
        type(page, "register-form:brn", brn.substring(0, brn.length() - 1) + ((brn.charAt(brn.length() - 1) - '0' + 1) % 10));
        page.findElement(By.id("register-form:register-submit")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("register-form:brn-error")));
        assertThat(page.findElement(By.id("register-form:brn-error")).getText())
                .isEqualTo("사업자등록번호의 검증 숫자가 맞지 않습니다");

        // a number already in the directory: claim that profile instead
        type(page, "register-form:brn", listedBrn);
        page.findElement(By.id("register-form:register-submit")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("claim-listed")));
        assertThat(page.findElement(By.id("messages")).getText()).contains("이미 디렉터리에 있습니다: " + listedName);
        assertThat(page.findElement(By.id("claim-listed")).getAttribute("href")).contains("claim.xhtml?id=");

        type(page, "register-form:brn", brn);
        page.findElement(By.id("register-form:register-submit")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".org-registered")));
        assertThat(page.getCurrentUrl()).contains("organisation.xhtml");
        WebElement card = orgCard(page, name);
        assertThat(card.findElement(By.cssSelector(".org-status")).getText()).isEqualTo("미인증");
        assertThat(card.findElement(By.cssSelector(".org-kind")).getText()).isEqualTo("공급처 (공장·작업장)");
        assertThat(card.findElement(By.cssSelector(".org-role")).getText()).isEqualTo("대표 관리자");
        assertThat(card.findElement(By.cssSelector(".org-registered")).getText()).startsWith("등록했습니다. 지금은 미인증입니다");
        assertNoInlineHandlers(page);
        assertThat(card.findElements(By.cssSelector("a.org-profile"))).as("a supplier gets a profile").hasSize(1);
        card.findElement(By.cssSelector("input.request-verification")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "인증을 요청했습니다"));
        card = orgCard(page, name);
        assertThat(card.findElement(By.cssSelector(".org-status")).getText()).isEqualTo("인증 심사 중");
        assertThat(card.findElements(By.cssSelector("input.request-verification"))).as("asked already").isEmpty();

        // not an operator: the queue refuses, readably
        page.get(base + "admin/organisations.xhtml");
        assertThat(page.findElement(By.id("refusal-message")).getText()).isEqualTo("이 작업을 할 권한이 없습니다.");
        assertThat(page.findElements(By.id("nav-verifications"))).isEmpty();
        browser.close();

        // the operator: signs in from the queue, sees the firm, a rejection needs a reason, then verifies it
        page = browser.open("ko");
        page.get(base + "admin/organisations.xhtml");
        assertThat(page.findElement(By.id("refusal-message")).getText()).isEqualTo("로그인이 필요합니다.");
        page.findElement(By.id("refusal-sign-in")).click();
        browser.signInAtKeycloak(Api.OPERATOR);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("verification-list")));
        assertThat(page.findElement(By.id("nav-verifications")).getText()).isEqualTo("업체 인증 심사");
        WebElement row = queued(page, name);
        assertThat(row.findElement(By.cssSelector(".verification-kind")).getText()).isEqualTo("공급처 (공장·작업장)");
        assertThat(row.findElement(By.cssSelector(".verification-brn")).getText()).isEqualTo(brn);
        assertThat(row.findElement(By.cssSelector(".verification-owner")).getText()).isEqualTo(owner);
        assertThat(row.findElement(By.cssSelector(".verification-registered")).getText()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d");
        assertThat(row.findElements(By.cssSelector("a.verification-profile"))).hasSize(1);

        assertNoInlineHandlers(page);
        row.findElement(By.cssSelector("input.reject")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "사유를 입력해 주세요. 업체에 그대로 전달됩니다"));
        row = queued(page, name);
        row.findElement(By.cssSelector("input.verify")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                name + ": 인증했습니다"));
        assertThat(page.findElements(By.cssSelector("li.verification .verification-name")))
                .extracting(WebElement::getText).doesNotContain(name);
        browser.close();

        // the owner sees the firm verified
        page = browser.open("ko");
        page.get(base + "organisation.xhtml");
        page.findElement(By.id("refusal-sign-in")).click();
        browser.signInAtKeycloak(owner);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article.org")));
        assertThat(orgCard(page, name).findElement(By.cssSelector(".org-status")).getText()).isEqualTo("인증됨");
    }

    @Test
    void anOwnerInvitesAMemberMakesThemOwnerRemovesThemAndCannotLeaveAsTheLastOwner() {
        String owner = "it-owner-" + nonce + "@test.example";
        String member = "it-member-" + nonce + "@test.example";
        keycloak.createUser(owner, "민수", "이");
        keycloak.createUser(member, "서연", "최");
        String name = "[IT] 브랜드 " + nonce;

        // the owner registers a designer brand (no profile needed) and invites by e-mail
        WebDriver page = browser.open("ko");
        page.get(base + "register.xhtml?kind=DESIGNER_BRAND");
        page.findElement(By.id("refusal-sign-in")).click();
        browser.signInAtKeycloak(owner);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("register-form")));
        assertThat(page.findElement(By.id("chosen-kind")).getText()).startsWith("디자이너 브랜드");
        assertThat(page.findElements(By.id("register-form:type"))).as("no factory details for a brand").isEmpty();
        assertNoInlineHandlers(page);
        page.findElement(By.id("register-form:name")).sendKeys(name);
        page.findElement(By.id("register-form:brn")).sendKeys(AuthorizationMatrixIT.brn());
        page.findElement(By.id("register-form:register-submit")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".org-registered")));

        WebElement card = orgCard(page, name);
        card.findElement(By.cssSelector(".invite-form input[type=email]")).sendKeys(member);
        card.findElement(By.cssSelector("input.invite")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input.invite-link")));
        assertThat(page.findElement(By.id("messages")).getText()).contains(member + "에게 초대를 만들었습니다");
        String link = page.findElement(By.cssSelector("input.invite-link")).getAttribute("value");
        assertThat(link).startsWith(base.toString()).contains("invitation.xhtml?token=");
        browser.close();

        // the invited person opens the link, signs in, joins
        page = browser.open("ko");
        page.get(link);
        assertThat(page.findElement(By.id("refusal-message")).getText()).isEqualTo("로그인이 필요합니다.");
        page.findElement(By.id("refusal-sign-in")).click();
        browser.signInAtKeycloak(member);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("invitation-form")));
        page.findElement(By.id("invitation-form:accept")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("invitation-done")));
        assertThat(page.findElement(By.id("invitation-done")).getText()).isEqualTo(name + "의 구성원이 되었습니다");
        browser.close();

        // the owner: the member is listed; make them an owner, then remove them (confirmed in a second step)
        page = browser.open("ko");
        page.get(base + "organisation.xhtml");
        page.findElement(By.id("refusal-sign-in")).click();
        browser.signInAtKeycloak(owner);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article.org")));
        WebElement row = memberRow(page, name, member);
        assertThat(row.findElement(By.cssSelector(".member-role")).getText()).isEqualTo("구성원");

        row.findElement(By.cssSelector("input.make-owner")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                member + "의 역할을 ‘대표 관리자’(으)로 바꿨습니다"));
        assertThat(memberRow(page, name, member).findElement(By.cssSelector(".member-role")).getText())
                .isEqualTo("대표 관리자");

        memberRow(page, name, member).findElement(By.cssSelector("input.remove")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".confirm-question")));
        assertThat(page.findElement(By.cssSelector(".confirm-question")).getText())
                .isEqualTo(member + "을(를) " + name + "에서 내보낼까요?");
        assertThat(memberRow(page, name, member).findElements(By.cssSelector(".confirm"))).hasSize(1);
        page.findElement(By.cssSelector("input.confirm-remove")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                member + "을(를) 내보냈습니다"));
        assertThat(orgCard(page, name).findElements(By.cssSelector(".member-row .member")))
                .extracting(WebElement::getText).containsExactly(owner);

        // the last owner cannot leave: the rule is said in words, and the firm stays
        memberRow(page, name, owner).findElement(By.cssSelector("input.leave")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input.confirm-leave")));
        assertThat(page.findElement(By.cssSelector(".confirm-question")).getText()).isEqualTo("정말 " + name + "에서 나갈까요?");
        page.findElement(By.cssSelector("input.confirm-leave")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "조직에는 대표 관리자가 한 명 이상 있어야 합니다. 먼저 다른 사람을 대표 관리자로 지정하세요."));
        assertThat(memberRow(page, name, owner).findElement(By.cssSelector(".member-role")).getText())
                .isEqualTo("대표 관리자");
        assertThat(page.getPageSource()).doesNotContain("Exception");
        assertNoInlineHandlers(page);
    }

    /** A Content-Security-Policy without 'unsafe-inline' is coming: the pages must not rely on inline handlers. */
    private static void assertNoInlineHandlers(WebDriver page) {
        assertThat(page.getPageSource()).doesNotContainPattern("\\son(click|focus|change|submit|load)=");
    }

    private static void type(WebDriver page, String id, String text) {
        WebElement input = page.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private static WebElement orgCard(WebDriver page, String name) {
        return page.findElements(By.cssSelector("article.org")).stream()
                .filter(a -> a.findElement(By.cssSelector(".org-name")).getText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(name + " not among my firms"));
    }

    private static WebElement memberRow(WebDriver page, String name, String who) {
        return orgCard(page, name).findElements(By.cssSelector("li.member-row")).stream()
                .filter(li -> li.findElement(By.cssSelector(".member")).getText().equals(who))
                .findFirst().orElseThrow(() -> new AssertionError(who + " not a member of " + name));
    }

    private static WebElement queued(WebDriver page, String name) {
        return page.findElements(By.cssSelector("li.verification")).stream()
                .filter(li -> li.findElement(By.cssSelector(".verification-name")).getText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(name + " not in the queue"));
    }
}
