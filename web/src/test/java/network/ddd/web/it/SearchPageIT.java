package network.ddd.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A designer on a phone searches 염색 in headless Chromium, sees Daegu dyeing houses with facets, opens a profile,
 * and switches the page to English.
 */
@ExtendWith(ArquillianExtension.class)
class SearchPageIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return DddDeployment.war();
    }

    @ArquillianResource
    URL base;

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void searchingDyeingShowsDaeguDyeingHousesAndTheirProfiles() {
        Api api = new Api(base);
        Api.ImportReply imported = api.importFile(SharedData.file(DirectoryIT.KICOX), "kicox");
        assertThat(imported.count("rejected")).as(imported.text()).isZero();
        await().atMost(Duration.ofSeconds(60)).until(() ->
                api.get("api/v1/suppliers?q=" + Api.q("염색")).json().get("total").asLong() >= 280);

        WebDriver page = browser.open("ko");
        page.get(base.toString());
        assertThat(page.findElement(By.cssSelector("label[for=q]")).getText()).isEqualTo("공급처 검색");

        page.findElement(By.id("q")).sendKeys("염색");
        page.findElement(By.id("search-button")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-count"), "염색"));

        assertThat(page.findElement(By.id("result-count")).getText()).matches("‘염색’ 검색 결과 [\\d,]+곳");
        List<WebElement> hits = page.findElements(By.cssSelector("li.hit"));
        assertThat(hits).hasSize(20);
        long daeguDyeing = hits.stream().filter(hit ->
                List.of("염색·가공", "나염·프린팅").contains(hit.findElement(By.cssSelector(".type-tag")).getText())
                        && hit.findElement(By.cssSelector(".place")).getText().startsWith("대구광역시")).count();
        assertThat(daeguDyeing).as("Daegu dye houses on the first page").isGreaterThanOrEqualTo(18);
        page.findElement(By.cssSelector("#filters summary")).click(); // folded on a phone: tap to open
        WebElement dyeingFacet = page.findElement(By.cssSelector("#facet-type a[data-value=DYEING_FINISHING]"));
        assertThat(dyeingFacet.findElement(By.cssSelector(".facet-label")).getText()).isEqualTo("염색·가공");
        assertThat(Integer.parseInt(dyeingFacet.findElement(By.cssSelector(".count")).getText()))
                .isGreaterThanOrEqualTo(DirectoryIT.KICOX_DYEING_FINISHING);

        hits = page.findElements(By.cssSelector("li.hit"));
        hits.removeIf(hit -> !hit.findElement(By.cssSelector(".place")).getText().startsWith("대구광역시")
                || !hit.findElement(By.cssSelector(".type-tag")).getText().equals("염색·가공"));
        String name = hits.get(0).findElement(By.cssSelector(".hit-name")).getText();
        hits.get(0).findElement(By.cssSelector(".hit-name")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("profile-name")));

        assertThat(page.findElement(By.id("profile-name")).getText()).isEqualTo(name);
        assertThat(page.findElement(By.id("profile-type")).getText()).isEqualTo("염색·가공");
        assertThat(page.findElement(By.id("profile-region")).getText()).startsWith("대구광역시");
        assertThat(page.findElement(By.id("profile-source")).getText()).contains("팩토리온");

        page.findElement(By.id("lang-switch")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("lang-switch"), "한국어"));
        assertThat(page.findElement(By.id("profile-type")).getText()).isEqualTo("Dyeing & finishing");
        assertThat(page.findElement(By.id("profile-name")).getText()).isEqualTo(name);
    }

    @Test
    void theSearchBoxSuggestsNamesFromInitialConsonantsAndMarksMatchedWords() {
        Api api = new Api(base);
        api.importFile(SharedData.file(DirectoryIT.KICOX), "kicox");
        await().atMost(Duration.ofSeconds(60)).until(() ->
                api.get("api/v1/suppliers?q=" + Api.q("한국천연염색")).json().get("total").asLong() >= 1);

        WebDriver page = browser.open("ko");
        page.get(base.toString());
        page.findElement(By.id("q")).sendKeys("ㅎㄱㅊㅇ");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("suggestion-0")));
        assertThat(page.findElement(By.id("suggestion-0")).getText()).startsWith("(주)한국천연염색");
        page.findElement(By.id("suggestion-0")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("profile-name")));
        assertThat(page.findElement(By.id("profile-name")).getText()).isEqualTo("(주)한국천연염색");

        page.get(base + "?q=" + Api.q("한국천연염색"));
        WebElement name = page.findElement(By.cssSelector("li.hit .hit-name"));
        assertThat(name.getText()).isEqualTo("(주)한국천연염색");
        assertThat(name.findElement(By.tagName("mark")).getText()).as("the matched words, not the legal form")
                .isEqualTo("한국천연염색");
    }

    @Test
    void anUnknownProfileShowsAFriendlyNotFoundPage() {
        WebDriver page = browser.open("ko");
        page.get(base + "supplier.xhtml?id=999999999");
        assertThat(page.findElement(By.id("error-message")).getText()).isEqualTo("찾는 페이지가 없습니다.");
        assertThat(page.getPageSource()).doesNotContain("Exception");
    }
}
