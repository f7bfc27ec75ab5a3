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
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * What a designer sees in headless Chromium, on a phone and on a desktop: search 염색 and see Daegu dyeing houses,
 * narrow by clicking facets (counts match), matched words marked, distances near a place, suggestions while typing
 * Korean or initial consonants, the "search is degraded" notice while Elasticsearch is stopped, profiles, English.
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

    private void kicoxSearchable(Api api) {
        Api.ImportReply imported = api.importFile(SharedData.file(DirectoryIT.KICOX), "kicox");
        assertThat(imported.count("rejected")).as(imported.text()).isZero();
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get("api/v1/suppliers?type=DYEING_FINISHING&region="
                + Api.q("대구광역시")).json().get("total").asLong() >= DirectoryIT.KICOX_DYEING_FINISHING);
    }

    @Test
    void onADesktopClickingFacetsNarrowsTheResultsToTheirCounts() {
        filterByClickingFacets(browser.open("ko", Browser.DESKTOP), false);
    }

    @Test
    void onAPhoneTheFoldedFiltersOpenAndNarrowTheResults() {
        filterByClickingFacets(browser.open("ko", Browser.PHONE), true);
    }

    /** Search 염색, click the dyeing type, then the district 서구: each time the count is the facet's count. */
    private void filterByClickingFacets(WebDriver page, boolean phone) {
        Api api = new Api(base);
        kicoxSearchable(api);
        page.get(base.toString());
        page.findElement(By.id("q")).sendKeys("염색");
        page.findElement(By.id("search-button")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-count"), "염색"));
        long all = resultCount(page);

        // the matched word is marked in Korean names: 합동염색(주) → 합동<mark>염색</mark>(주)
        WebElement hapdong = hitNamed(page, "합동염색(주)");
        assertThat(hapdong.findElements(By.tagName("mark"))).extracting(WebElement::getText).containsExactly("염색");

        openFilters(page, phone);
        WebElement dyeing = page.findElement(By.cssSelector("#facet-type a[data-value=DYEING_FINISHING]"));
        long dyeingCount = Long.parseLong(dyeing.findElement(By.cssSelector(".count")).getText());
        assertThat(dyeingCount).isGreaterThanOrEqualTo(DirectoryIT.KICOX_DYEING_FINISHING).isLessThan(all);
        dyeing.click();
        browser.waiting().until(ExpectedConditions.urlContains("type=DYEING_FINISHING"));

        assertThat(resultCount(page)).isEqualTo(dyeingCount);
        assertThat(page.findElements(By.cssSelector("li.hit .type-tag"))).hasSize(20)
                .extracting(WebElement::getText).containsOnly("염색·가공");
        openFilters(page, phone);
        assertThat(page.findElement(By.cssSelector("#facet-type a[data-value=DYEING_FINISHING]"))
                .getAttribute("class")).contains("selected");

        WebElement seoGu = page.findElement(By.cssSelector("#facet-district a[data-value='서구']"));
        long seoGuCount = Long.parseLong(seoGu.findElement(By.cssSelector(".count")).getText());
        assertThat(seoGuCount).isPositive().isLessThan(dyeingCount);
        seoGu.click();
        browser.waiting().until(ExpectedConditions.urlContains("district="));

        assertThat(resultCount(page)).isEqualTo(seoGuCount);
        List<WebElement> hits = page.findElements(By.cssSelector("li.hit"));
        assertThat(hits).hasSize((int) Math.min(20, seoGuCount));
        assertThat(hits).extracting(h -> h.findElement(By.cssSelector(".place")).getText())
                .allMatch(place -> place.endsWith(" 서구"));
        assertThat(hits).extracting(h -> h.findElement(By.cssSelector(".type-tag")).getText()).containsOnly("염색·가공");

        openFilters(page, phone);
        page.findElement(By.id("clear-filters")).click();
        browser.waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("type=")));
        assertThat(resultCount(page)).isEqualTo(all);
    }

    private static void openFilters(WebDriver page, boolean phone) {
        WebElement filters = page.findElement(By.id("filters"));
        assertThat(filters.getAttribute("open") != null).as("filters open at first").isEqualTo(!phone);
        if (phone) {
            filters.findElement(By.tagName("summary")).click(); // folded on a phone: tap to open
        }
    }

    /** The number in "‘염색’ 검색 결과 1,234곳". */
    private static long resultCount(WebDriver page) {
        String text = page.findElement(By.id("result-count")).getText();
        return Long.parseLong(text.replaceAll(".*결과 ([\\d,]+)곳.*", "$1").replace(",", ""));
    }

    private static WebElement hitNamed(WebDriver page, String name) {
        return page.findElements(By.cssSelector("li.hit .hit-name")).stream()
                .filter(e -> e.getText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among the hits"));
    }

    @Test
    void searchingNearAPlaceShowsHowFarEachSupplierIs() {
        Api api = new Api(base);
        kicoxSearchable(api);
        Api.ImportReply osh = api.importFile(SharedData.file("osh-kr-facilities.csv"), "auto");
        assertThat(osh.count("rejected")).as(osh.text()).isZero();
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get("api/v1/suppliers?q=JSI").json()
                .get("total").asLong() >= 1);

        WebDriver page = browser.open("ko");
        page.get(base.toString());
        new Select(page.findElement(By.id("near"))).selectByValue("동대문");
        new Select(page.findElement(By.id("km"))).selectByValue("10");
        page.findElement(By.id("search-button")).click();
        browser.waiting().until(ExpectedConditions.urlContains("near="));

        // Open Supply Hub places JSI 5.9 km from Dongdaemun market (its own coordinates)
        WebElement jsi = hitNamed(page, "JSI").findElement(By.xpath("./ancestor::li[1]"));
        assertThat(jsi.findElement(By.cssSelector(".distance")).getText()).isEqualTo("5.9 km");
        assertThat(page.findElement(By.id("sort-distance")).getAttribute("class")).contains("selected");

        // the KICOX register has no coordinates: its firms sit at their district's centre, and say so
        page.get(base + "?q=" + Api.q("염색") + "&near=" + Api.q("서구(대구)") + "&km=3");
        List<WebElement> hits = page.findElements(By.cssSelector("li.hit"));
        assertThat(hits).isNotEmpty();
        WebElement first = hits.get(0);
        assertThat(first.findElement(By.cssSelector(".place")).getText()).isEqualTo("대구광역시 서구");
        assertThat(first.findElement(By.cssSelector(".distance")).getText()).isEqualTo("약 0 km (구·군 중심 기준)");
        assertThat(hits).extracting(h -> h.findElement(By.cssSelector(".distance")).getText())
                .allMatch(d -> d.matches("약 \\d+(\\.\\d)? km \\(구·군 중심 기준\\)"));
    }

    @Test
    void typingKoreanOrInitialConsonantsSuggestsNamesUnderTheBox() {
        Api api = new Api(base);
        kicoxSearchable(api);

        WebDriver page = browser.open("ko", Browser.DESKTOP);
        page.get(base.toString());
        WebElement box = page.findElement(By.id("q"));
        box.sendKeys("ㅇㅅ");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("suggestion-0")));
        List<String> names = browser.waiting().ignoring(StaleElementReferenceException.class)
                .until(d -> suggestedNames(d));
        assertThat(names).as("names whose initials start with ㅇㅅ").isNotEmpty()
                .allMatch(name -> initials(name).startsWith("ㅇㅅ"));
        assertThat(names.get(0)).as("the exact initials first").isEqualTo("예솜");
        WebElement list = page.findElement(By.id("suggestions"));
        assertThat(list.getLocation().getY()).as("under the box")
                .isGreaterThanOrEqualTo(box.getLocation().getY() + box.getSize().getHeight() - 1);

        box.clear();
        box.sendKeys("합동");
        browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            List<String> shown = suggestedNames(d); // the list is redrawn as each syllable arrives
            return shown.contains("합동염색(주)") && shown.stream().allMatch(name -> name.contains("합동"));
        });
        // pick it with the keyboard: arrow down until it is the active suggestion, then Enter
        browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            box.sendKeys(Keys.ARROW_DOWN);
            return d.findElement(By.cssSelector("#suggestions a.active")).getText().startsWith("합동염색(주)");
        });
        box.sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("profile-name")));
        assertThat(page.findElement(By.id("profile-name")).getText()).isEqualTo("합동염색(주)");
        assertThat(page.findElement(By.id("profile-type")).getText()).isEqualTo("염색·가공");
    }

    /** The names in the suggestion list, without the type and district line under each. */
    private static List<String> suggestedNames(WebDriver page) {
        return page.findElements(By.cssSelector("#suggestions a")).stream().map(a -> {
            String all = a.getText();
            String sub = a.findElement(By.cssSelector(".sub")).getText();
            return (sub.isEmpty() ? all : all.substring(0, all.length() - sub.length())).strip();
        }).toList();
    }

    /** Hangul initial consonants of a name without its legal form, punctuation and spaces: 예솜 → ㅇㅅ. */
    private static String initials(String name) {
        String initials = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
        StringBuilder out = new StringBuilder();
        name.replaceAll("\\(주\\)|주식회사|㈜|\\(유\\)|유한회사", "").codePoints()
                .filter(Character::isLetterOrDigit).forEach(c -> {
                    if (c >= 0xAC00 && c <= 0xD7A3) {
                        out.append(initials.charAt((c - 0xAC00) / 588));
                    } else {
                        out.appendCodePoint(c);
                    }
                });
        return out.toString();
    }

    @Test
    void whileElasticsearchIsStoppedThePageSaysSearchIsDegradedAndRecovers() throws Exception {
        Api api = new Api(base);
        kicoxSearchable(api);
        WebDriver page = browser.open("ko");
        page.get(base + "?q=" + Api.q("염색"));
        assertThat(page.findElements(By.id("search-degraded"))).as("no banner while all is well").isEmpty();

        DirectoryIT.elasticsearch("stop");
        try {
            page.get(base + "?q=" + Api.q("염색"));
            WebElement banner = page.findElement(By.id("search-degraded"));
            assertThat(banner.isDisplayed()).isTrue();
            assertThat(banner.getText()).contains("검색 서버에 문제가 있어 간단한 검색으로 보여 드립니다");
            assertThat(page.findElements(By.cssSelector("li.hit"))).as("results from the database").hasSize(20);
            assertThat(resultCount(page)).isGreaterThanOrEqualTo(DirectoryIT.KICOX_DYEING_FINISHING);
        } finally {
            DirectoryIT.elasticsearch("start");
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            page.get(base + "?q=" + Api.q("염색"));
            assertThat(page.findElements(By.id("search-degraded"))).as("banner gone").isEmpty();
        });
        assertThat(page.findElements(By.cssSelector("li.hit"))).hasSize(20);
        assertThat(hitNamed(page, "합동염색(주)").findElements(By.tagName("mark"))).isNotEmpty();
    }

    @Test
    void anUnknownProfileShowsAFriendlyNotFoundPage() {
        WebDriver page = browser.open("ko");
        page.get(base + "supplier.xhtml?id=999999999");
        assertThat(page.findElement(By.id("error-message")).getText()).isEqualTo("찾는 페이지가 없습니다.");
        assertThat(page.getPageSource()).doesNotContain("Exception");
    }
}
